import { EngineSession, type EngineOptions } from '../../engine/session/engine-session'
import { startHttpHost, type HttpHost } from './start-http-host'

export interface ServeWebOptions extends EngineOptions {
  /** Ports to try in order; 0 takes any free one. */
  ports: number[]
  staticDir?: string
}

/**
 * A fresh session behind the http host, on the first free port of `ports`, for the scripts that
 * serve Daftar to a browser (`npm start` without Electron, the e2e server). Closing the host
 * also closes the session's company.
 */
export async function serveWeb(options: ServeWebOptions): Promise<HttpHost> {
  const { ports, staticDir, ...engine } = options
  const session = new EngineSession(engine)
  for (const [index, port] of ports.entries()) {
    try {
      const host = await startHttpHost({ session, port, staticDir })
      return {
        url: host.url,
        close: async () => {
          await host.close()
          session.close()
        },
      }
    } catch (error) {
      const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
      if (!inUse || index === ports.length - 1) throw error
    }
  }
  throw new Error('No port to listen on')
}
