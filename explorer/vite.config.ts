import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// `vite build --config explorer/vite.config.ts` from the repository root writes explorer/dist,
// which the API server serves at `/`. `base: './'` keeps asset URLs relative, so the page also
// works behind a path prefix. The dev server proxies the API to a locally running `kg start`.
const api = 'http://127.0.0.1:4000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Cytoscape alone is ~400 kB minified; one chunk is fine for an internal tool.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/graphql': api, '/export': api },
  },
});
