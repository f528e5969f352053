import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { contentTypeFor } from './content-types'
import { missingBuildPage } from './missing-build-page'

/**
 * Serves the built renderer: files under `staticDir`, and index.html for any other page path so
 * the app's own routes survive a reload. Never a file outside `staticDir`.
 */
export async function serveStatic(
  request: IncomingMessage,
  response: ServerResponse,
  rawPath: string,
  staticDir: string,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD')
    return sendText(response, 405, 'Method not allowed')
  }
  const relative = safeRelativePath(rawPath)
  if (relative === null) return sendText(response, 403, 'Forbidden')

  const root = path.resolve(staticDir)
  const indexFile = path.join(root, 'index.html')
  const candidate = path.join(root, relative)
  if (candidate !== root && !candidate.startsWith(root + path.sep))
    return sendText(response, 403, 'Forbidden')

  const file = (await isFile(candidate))
    ? candidate
    : (await isFile(path.join(candidate, 'index.html')))
      ? path.join(candidate, 'index.html')
      : isPagePath(relative)
        ? indexFile
        : null
  if (file === null) return sendText(response, 404, 'Not found')
  if (file === indexFile && !(await isFile(indexFile))) {
    response.setHeader('Cache-Control', 'no-store')
    return sendText(response, 200, missingBuildPage(root), 'text/html; charset=utf-8')
  }
  await sendFile(request, response, file, root)
}

/**
 * The decoded path below the root, or null when it tries to leave it: `..` segments (plain or
 * percent-encoded), backslashes, NUL bytes, or an encoding that does not decode.
 */
export function safeRelativePath(rawPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.')
  if (segments.some((segment) => segment === '..')) return null
  return segments.join(path.sep)
}

/** Paths without an extension are the app's routes; a missing asset stays a 404. */
function isPagePath(relative: string): boolean {
  const ext = path.extname(relative)
  return ext === '' || ext === '.html'
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.promises.stat(file)).isFile()
  } catch {
    return false
  }
}

async function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  file: string,
  root: string,
): Promise<void> {
  const { size } = await fs.promises.stat(file)
  const hashedAsset = path.relative(root, file).startsWith(`assets${path.sep}`)
  response.writeHead(200, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': size,
    'Cache-Control': hashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
  })
  if (request.method === 'HEAD') return void response.end()
  await new Promise<void>((resolve) => {
    const stream = fs.createReadStream(file)
    stream.on('error', () => {
      response.destroy()
      resolve()
    })
    stream.on('end', resolve)
    stream.pipe(response)
  })
}

function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  type = 'text/plain; charset=utf-8',
): void {
  response.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(text) })
  response.end(text)
}
