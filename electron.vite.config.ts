import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

const electronHost = resolve(import.meta.dirname, 'src/main/hosts/electron')

/**
 * Three builds: the main process and the engine's utility process (ESM, out/main), the preload
 * (CommonJS, as sandboxed preloads must be, out/preload/index.cjs) and the renderer
 * (src/renderer -> out/renderer). Dependencies stay external to the main build and load from
 * node_modules; better-sqlite3 in particular must, being a native module.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          index: resolve(electronHost, 'main.ts'),
          'engine-process': resolve(electronHost, 'engine-process.ts'),
        },
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve(electronHost, 'preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rolldownOptions: { input: resolve(import.meta.dirname, 'src/renderer/index.html') },
    },
  },
})
