import { BrowserWindow } from 'electron'
import type { RendererLocation } from './renderer-location'

export function createMainWindow(location: RendererLocation, preload: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Daftar',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  })
  window.once('ready-to-show', () => window.show())
  if (location.devServerUrl) void window.loadURL(location.devServerUrl)
  else void window.loadFile(location.indexFile)
  return window
}
