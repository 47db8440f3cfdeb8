import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * `vite build apps/web` writes apps/web/dist, which the API serves on the same port.
 * In development the API runs separately (apps/api on 8787) and /api is proxied to it.
 */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // maplibre-gl alone is ~1 MB minified; there is no smaller split worth making for a single-page tool.
    chunkSizeWarningLimit: 1600,
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:8787', changeOrigin: false },
    },
  },
});
