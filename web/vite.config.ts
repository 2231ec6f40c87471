// Builds the web app into dist/web, which `promocase serve` serves at / (and the demo at /demo/).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    // The CSP allows no inline script, and every browser the app targets supports module preload.
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
  },
});
