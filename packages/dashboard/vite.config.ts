import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The dashboard build: static files in `dist/` that `caio serve` serves next to the API. `base: './'`
 * keeps asset URLs relative, so the build works under `/` or any sub-path; routing is hash-based, so
 * the server needs no fallback route.
 */
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
});
