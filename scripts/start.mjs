#!/usr/bin/env node
/**
 * `npm start`: Daftar in Electron when Electron's binary is on this machine; otherwise Daftar
 * served to the browser by the http host. Plain Node, so it runs before anything is built.
 *
 * The `electron` package fetches its binary on first use, so presence is checked on disk
 * (path.txt and dist/) rather than by requiring the package, which would start a download.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const DEFAULT_PORT = 4510

function electronBinary() {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'))
    const relative = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim()
    const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist')
    const binary = path.join(dist, relative)
    return relative && fs.existsSync(binary) ? { binary, version: readVersion(dir) } : null
  } catch {
    return null
  }
}

function readVersion(dir) {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version
}

/** Runs a Node script; resolves with its exit code. Quiet unless it fails or `loud` is set. */
function runNode(script, args, { loud = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: repo,
      stdio: loud ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout?.on('data', (chunk) => (output += chunk))
    child.stderr?.on('data', (chunk) => (output += chunk))
    child.on('error', (error) => {
      output += error.message
      resolve(1)
    })
    child.on('close', (code) => {
      if (code !== 0 && !loud) process.stderr.write(withoutStack(output))
      resolve(code ?? 1)
    })
  })
}

/** The tool's own words about what failed, without its stack trace. */
function withoutStack(output) {
  const lines = output.split('\n').filter((line) => !/^\s+at /.test(line))
  return lines.slice(-20).join('\n') + '\n'
}

function electronSqliteReady(version) {
  const dir = path.join(repo, 'native', 'electron')
  try {
    const built = fs.readFileSync(path.join(dir, 'electron-version.txt'), 'utf8').trim()
    return built === version && fs.existsSync(path.join(dir, 'better_sqlite3.node'))
  } catch {
    return false
  }
}

async function startElectron({ binary, version }) {
  if (!electronSqliteReady(version)) {
    console.log(`Building SQLite for Electron ${version} (once)...`)
    const code = await runNode(path.join(repo, 'scripts', 'build-electron-sqlite.mjs'), [], {
      loud: true,
    })
    if (code !== 0) return false
  }
  console.log('Building Daftar...')
  const electronVite = path.join(
    path.dirname(require.resolve('electron-vite/package.json')),
    'bin',
    'electron-vite.js',
  )
  if ((await runNode(electronVite, ['build'])) !== 0)
    throw new Error('The Electron build failed (see above).')
  const child = spawn(binary, [repo], { cwd: repo, stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
  return true
}

async function ensureWebBuild() {
  if (fs.existsSync(path.join(repo, 'out', 'renderer', 'index.html'))) return
  console.log("Building Daftar's screens for the browser (first run)...")
  const vite = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js')
  if ((await runNode(vite, ['build', '--config', 'vite.web.config.ts'])) !== 0)
    throw new Error('The web build failed (see above).')
}

async function serveInBrowser(reason) {
  await ensureWebBuild()
  const { tsImport } = await import('tsx/esm/api')
  const { serveWeb } = await tsImport('../src/main/hosts/http/serve-web.ts', import.meta.url)
  const port = Number(process.env.DAFTAR_PORT ?? DEFAULT_PORT)
  const host = await serveWeb({ ports: [port, 0] })
  console.log(`${reason}, so Daftar is being served at ${host.url} instead (Ctrl+C to stop).`)
  const stop = () => host.close().finally(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

async function main() {
  const electron = electronBinary()
  if (!electron) return serveInBrowser('Electron is not installed here')
  const headless =
    process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY
  if (headless) return serveInBrowser('There is no display for Electron here')
  if (await startElectron(electron)) return
  return serveInBrowser('SQLite could not be built for Electron here')
}

main().catch((error) => {
  console.error(`Daftar could not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
