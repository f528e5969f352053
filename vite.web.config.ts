import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const repo = fileURLToPath(new URL('.', import.meta.url))

/**
 * The renderer as a plain web app (for the http host, e2e tests and browsers on the LAN):
 * src/renderer built into out/renderer, which the http host serves next to `POST /rpc/*`.
 */
export default defineConfig({
  root: `${repo}src/renderer`,
  base: './',
  plugins: [react()],
  build: {
    // WEB_OUT_DIR lets parallel e2e runs on one machine keep their builds apart.
    outDir: process.env.WEB_OUT_DIR ?? `${repo}out/renderer`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  server: { port: 5173, strictPort: false },
})
