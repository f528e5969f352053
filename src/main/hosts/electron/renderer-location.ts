import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { app } from 'electron'

/** Where the window's page comes from, and how to tell our own pages from anything else. */
export interface RendererLocation {
  /** electron-vite's dev server, when running `npm run dev`. */
  devServerUrl: string | null
  /** The built page: out/renderer/index.html. */
  indexFile: string
  isAppUrl(url: string): boolean
}

export function rendererLocation(mainDir: string): RendererLocation {
  const devServerUrl = !app.isPackaged ? (process.env.ELECTRON_RENDERER_URL ?? null) : null
  const indexFile = path.join(mainDir, '..', 'renderer', 'index.html')
  const rendererRoot = pathToFileURL(path.dirname(indexFile)).href + '/'
  const devOrigin = devServerUrl ? new URL(devServerUrl).host : null
  return {
    devServerUrl,
    indexFile,
    isAppUrl(url) {
      if (url.startsWith(rendererRoot)) return true
      if (!devOrigin) return false
      try {
        return new URL(url).host === devOrigin
      } catch {
        return false
      }
    },
  }
}
