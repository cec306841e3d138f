import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { basemapDetail } from './build/basemapDetail'
import { precompress } from './build/precompress'

// In development Vite serves the app and forwards the api to the server started by `pnpm dev`.
const api = `http://127.0.0.1:${process.env.PORT ?? 3000}`

// Everything in dist/ is served, so a production build holds no source maps: they would publish the sources.
// VITE_SOURCEMAP=1 builds them into dist/ beside the files, to debug a build locally.
const sourcemap = process.env.VITE_SOURCEMAP === '1'

export default defineConfig({
  plugins: [react(), basemapDetail(), precompress()],
  server: { proxy: { '/trpc': api, '/api': api, '/healthz': api } },
  build: { target: 'es2022', sourcemap },
})
