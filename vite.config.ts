/**
 * Vite builds `client/` into `dist/client`, which Express serves in production. In
 * `npm run dev` the Vite dev server proxies `/api` to the Express server.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'client',
  build: { outDir: '../dist/client', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: {
    port: Number(process.env.VITE_PORT ?? 5173),
    proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 3000}` },
  },
});
