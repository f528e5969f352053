#!/usr/bin/env node
/**
 * Builds better-sqlite3 for Electron's ABI into native/electron/better_sqlite3.node, which the
 * Electron host passes to better-sqlite3 as `nativeBinding` (and electron-builder ships as an
 * extra resource). The copy in node_modules stays built for Node, for the tests, the CLI and the
 * http host: that is why the build happens on a staging copy instead of in place, the way
 * `electron-rebuild` would do it.
 *
 * It needs the network once per Electron version: @electron/rebuild first asks prebuild-install
 * for a prebuilt binary from better-sqlite3's releases, and otherwise compiles with node-gyp
 * against Electron's headers downloaded from electronjs.org (which also needs python3, make and
 * a C++ compiler). Offline, as in the sandbox this was written in, it fails with that reason and
 * changes nothing; `npm start` then serves Daftar in the browser instead.
 *
 * Usage: node scripts/build-electron-sqlite.mjs [--dry-run]
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const outputDir = path.join(repo, 'native', 'electron')
const output = path.join(outputDir, 'better_sqlite3.node')
// Inside the repository, so module resolution from the staging copy still finds
// prebuild-install, bindings and node-gyp in the repository's node_modules.
const staging = path.join(repo, 'native', '.staging')

async function main() {
  const electronDir = path.dirname(require.resolve('electron/package.json'))
  const electronVersion = readJson(path.join(electronDir, 'package.json')).version
  // The electron package records its module ABI; passing it keeps the build working even when
  // node-abi's table predates this Electron release.
  const abi = fs.readFileSync(path.join(electronDir, 'abi_version'), 'utf8').trim()
  const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'))
  const sqliteVersion = readJson(path.join(sqliteDir, 'package.json')).version
  const arch = process.env.npm_config_arch ?? process.arch

  console.log(
    `Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} ` +
      `(ABI ${abi}, ${process.platform}-${arch}) into ${path.relative(repo, output)}`,
  )
  if (process.argv.includes('--dry-run')) return

  fs.rmSync(staging, { recursive: true, force: true })
  const stagedModule = path.join(staging, 'node_modules', 'better-sqlite3')
  fs.cpSync(sqliteDir, stagedModule, {
    recursive: true,
    filter: (source) => path.relative(sqliteDir, source).split(path.sep)[0] !== 'build',
  })
  fs.writeFileSync(
    path.join(staging, 'package.json'),
    JSON.stringify({
      name: 'daftar-electron-sqlite',
      private: true,
      dependencies: { 'better-sqlite3': sqliteVersion },
    }),
  )

  try {
    const { rebuild } = await import('@electron/rebuild')
    await rebuild({
      buildPath: staging,
      electronVersion,
      forceABI: Number(abi),
      arch,
      onlyModules: ['better-sqlite3'],
      force: true,
    })
    const built = path.join(stagedModule, 'build', 'Release', 'better_sqlite3.node')
    if (!fs.existsSync(built)) throw new Error(`the build finished but ${built} is missing`)
    fs.mkdirSync(outputDir, { recursive: true })
    fs.copyFileSync(built, output)
    fs.writeFileSync(path.join(outputDir, 'electron-version.txt'), `${electronVersion}\n`)
    console.log(`Done: ${path.relative(repo, output)}`)
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

main().catch((error) => {
  const reason = error instanceof Error ? error.message : String(error)
  console.error(
    `Could not build better-sqlite3 for Electron: ${reason.split('\n')[0]}\n` +
      'This needs the network (a prebuilt binary from GitHub, or Electron headers from ' +
      'electronjs.org plus python3, make and a C++ compiler).',
  )
  process.exitCode = 1
})
