import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { CHANNEL_NAMES } from './src-shared/contract'

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('src-main/electron/main.ts'),
          host: resolve('src-main/host/main.ts'),
          cli: resolve('src-main/cli/main.ts'),
          // The core's threads (src-main/worker/spawn-worker.ts finds them beside the entries).
          'core-worker': resolve('src-main/worker/core-worker.ts'),
          'job-worker': resolve('src-main/worker/job-worker.ts'),
        },
        // Shared code beside the entries, not in chunks/: spawn-worker.ts looks for the
        // workers' files in its own folder.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    // The preload refuses names outside the contract with the list of names only, written
    // into it at build time from the registry: no zod, no schemas in the window's process.
    define: { ENCAISSE_CHANNEL_NAMES: JSON.stringify(CHANNEL_NAMES) },
    // A sandboxed preload cannot require packages: bundle what it imports.
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve('src-main/electron/preload.ts') } },
    },
  },
  renderer: {
    root: 'src-renderer',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      rollupOptions: { input: resolve('src-renderer/index.html') },
    },
  },
})
