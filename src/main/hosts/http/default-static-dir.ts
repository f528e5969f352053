import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * `<repo>/out/renderer`, found by walking up from this module to Daftar's package.json. This
 * holds whether the module runs from source (src/main/hosts/http under tsx) or from a bundle
 * (somewhere under out/), wherever the repository sits.
 */
export function defaultStaticDir(
  from: string = path.dirname(fileURLToPath(import.meta.url)),
): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (isDaftarRoot(dir)) return path.join(dir, 'out', 'renderer')
    if (path.dirname(dir) === dir) return path.resolve('out', 'renderer')
  }
}

function isDaftarRoot(dir: string): boolean {
  try {
    const pkg: unknown = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
    return typeof pkg === 'object' && pkg !== null && (pkg as { name?: unknown }).name === 'daftar'
  } catch {
    return false
  }
}
