import type { IncomingMessage } from 'node:http'

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * A page on another site can make the user's browser send requests to this host. Two checks stop
 * it from reaching the books: the Host header must name this machine (defeats DNS rebinding, when
 * bound to loopback), and a request that carries an Origin must come from this host's own page
 * (defeats cross-site form and fetch posts). Returns why a request is refused, or null.
 */
export function refusalReason(request: IncomingMessage, loopbackOnly: boolean): string | null {
  const host = request.headers.host
  if (!host) return 'The request has no Host header'
  if (loopbackOnly && !LOOPBACK_NAMES.has(hostName(host)))
    return `This host only answers requests addressed to this computer, not ${host}`
  const origin = request.headers.origin
  if (origin !== undefined && origin !== `http://${host}`)
    return `Requests from ${origin} are not allowed`
  return null
}

function hostName(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1).toLowerCase()
  const colon = host.lastIndexOf(':')
  return (colon === -1 ? host : host.slice(0, colon)).toLowerCase()
}

export function isJsonRequest(request: IncomingMessage): boolean {
  const type = request.headers['content-type'] ?? ''
  return type.split(';')[0]?.trim().toLowerCase() === 'application/json'
}
