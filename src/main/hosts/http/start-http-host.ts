import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { EngineSession } from '../../engine/session/engine-session'
import { createCallQueue } from '../call-queue'
import { defaultStaticDir } from './default-static-dir'
import { refusalReason } from './request-guard'
import { failure, handleRpc, MAX_BODY_BYTES, RPC_PREFIX, sendResult } from './rpc-route'
import { setSecurityHeaders } from './security-headers'
import { serveStatic } from './static-files'

export interface HttpHostOptions {
  session: EngineSession
  /** 0 (the default) takes any free port; the chosen one is in the returned url. */
  port?: number
  /** Default 127.0.0.1. Anything but this computer needs `allowRemote`. */
  host?: string
  /**
   * Lets the host bind to a non-loopback address. There is no login yet, so anyone who can reach
   * the port can read and change the books: keep this off until users and roles exist.
   */
  allowRemote?: boolean
  /** The built renderer. Default: <repo>/out/renderer. */
  staticDir?: string
  maxBodyBytes?: number
}

export interface HttpHost {
  url: string
  close(): Promise<void>
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1'])

/**
 * The local web host: the RPC contract over HTTP for browsers and the e2e tests, and the built
 * renderer as static files. Closing it leaves the session (and its open company) to the caller.
 */
export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const host = options.host ?? '127.0.0.1'
  const loopbackOnly = LOOPBACK_HOSTS.has(host)
  if (!loopbackOnly && !options.allowRemote)
    throw new Error(
      `Refusing to listen on ${host}: Daftar has no login yet, so the http host only binds to ` +
        'this computer (127.0.0.1). Pass allowRemote to serve other machines anyway.',
    )
  const staticDir = options.staticDir ?? defaultStaticDir()
  const rpc = {
    session: options.session,
    queue: createCallQueue(),
    maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES,
  }

  const server = http.createServer((request, response) => {
    setSecurityHeaders(response)
    const rawPath = (request.url ?? '/').split('?')[0] ?? '/'
    const refusal = refusalReason(request, loopbackOnly)
    const route = refusal
      ? Promise.resolve(sendResult(response, 403, failure('validation', refusal)))
      : rawPath.startsWith(RPC_PREFIX)
        ? handleRpc(request, response, rawPath, rpc)
        : serveStatic(request, response, rawPath, staticDir)
    route.catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error)
      if (!response.headersSent) sendResult(response, 500, failure('integrity', message))
      else response.destroy()
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const urlHost = host.includes(':') ? `[${host}]` : host

  return {
    url: `http://${urlHost}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
