#!/usr/bin/env node
// The `daftar` command. It runs the TypeScript source through tsx, so it works in a checkout
// right after `npm install`, with no build step.
import { fileURLToPath } from 'node:url'
import { register } from 'tsx/esm/api'

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) })
const { main } = await import('../src/main/hosts/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
