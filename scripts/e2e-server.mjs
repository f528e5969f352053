#!/usr/bin/env node
/**
 * The http host for Playwright: a fixed port, no company open, and Daftar's home folder and the
 * companies folder in a fresh temporary directory (removed on exit), serving out/renderer.
 * Run by playwright.config.ts's webServer; `E2E_PORT` overrides the port and `WEB_OUT_DIR` the
 * built renderer's folder (as in vite.web.config.ts).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { tsImport } from 'tsx/esm/api'

const port = Number(process.env.E2E_PORT ?? 4517)
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'daftar-e2e-'))
const homeDir = path.join(root, 'home')
const companiesDir = path.join(root, 'companies')
fs.mkdirSync(homeDir)
fs.mkdirSync(companiesDir)
process.env.DAFTAR_HOME = homeDir

const removeRoot = () => fs.rmSync(root, { recursive: true, force: true })

try {
  const { serveWeb } = await tsImport('../src/main/hosts/http/serve-web.ts', import.meta.url)
  const host = await serveWeb({
    ports: [port],
    staticDir: process.env.WEB_OUT_DIR,
    homeDir,
    companiesDir,
    userName: 'e2e',
  })
  console.log(`Daftar e2e server at ${host.url} (data in ${root})`)
  const stop = () =>
    host.close().finally(() => {
      removeRoot()
      process.exit(0)
    })
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
} catch (error) {
  removeRoot()
  console.error(`The e2e server could not start: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
}
