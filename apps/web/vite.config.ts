import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API (apps/api) serves GraphQL at /graphql, a health check at /health and
// the CSV import endpoints under /imports.
// In production they are on the same origin as the app; in dev (and
// `vite preview`) Vite proxies them to the local API.
const apiTarget = 'http://localhost:4000';
const apiProxy = {
  '/graphql': { target: apiTarget, changeOrigin: true },
  '/health': { target: apiTarget, changeOrigin: true },
  '/imports': { target: apiTarget, changeOrigin: true },
  '/courses': { target: apiTarget, changeOrigin: true },
  '/files': { target: apiTarget, changeOrigin: true },
  // Video: resumable (tus) uploads, signed HLS streams, captions.
  '/uploads': { target: apiTarget, changeOrigin: true },
  '/media': { target: apiTarget, changeOrigin: true },
  '/videos': { target: apiTarget, changeOrigin: true },
  // Certificate verification downloads (signed data, signature, public key, Open Badge).
  '/public/certificates': { target: apiTarget, changeOrigin: true },
  // JP evidence uploads and downloads, the JP exports, certificate template images.
  '/jp-ledger': { target: apiTarget, changeOrigin: true },
  '/certificates': { target: apiTarget, changeOrigin: true },
};

/** Packages only the lazily loaded authoring pages import (and what they pull in: tus-js-client's helpers too). */
const authoringOnly = /[\\/]node_modules[\\/].*(?:@tiptap|prosemirror|@mantine[\\/](?:tiptap|dates)|@dnd-kit|dayjs|linkifyjs|orderedmap|rope-sequence|w3c-keyname|@remirror|@popperjs|tus-js-client|js-base64|url-parse|querystringify|requires-port|combine-errors|custom-error-instance|lodash\.(?:throttle|uniqby|_))/;

/** Matches modules of the given packages inside node_modules (pnpm layout included). */
const packages = (names: string) => new RegExp(`[\\\\/]node_modules[\\\\/](?:${names})[\\\\/]`);

/** hls.js (~500 kB) is imported dynamically by the video player: it stays in its own chunk, loaded by video lessons only. */
const videoOnly = packages('hls\\.js');

/** recharts and what it brings (redux, d3, ...): only the learning-gain page's lazy chart imports them. */
const chartsOnly = packages('recharts|@reduxjs[\\\\/]toolkit|redux|react-redux|redux-thunk|immer|reselect|victory-vendor|d3-[a-z-]+|internmap|decimal\\.js-light|es-toolkit');

export default defineConfig({
  base: '/',
  plugins: [react()],
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  build: {
    outDir: 'dist',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Vendor code changes far less often than the app: separate chunks
        // stay cached across deploys. Order matters (first match wins).
        codeSplitting: {
          groups: [
            { name: 'react', test: packages('react|react-dom|scheduler|react-router|cookie|set-cookie-parser') },
            { name: 'apollo', test: packages('@apollo|@wry|graphql|optimism|rxjs|tslib') },
            { name: 'mantine', test: packages('@mantine[\\\\/](?:core|hooks)|@floating-ui') },
            // Everything else from node_modules, except what only the instructor's pages use
            // (rich text editor, drag and drop, date picker): those stay in their lazy chunks,
            // so a learner on a phone never downloads them; nor hls.js before a video lesson.
            { name: 'vendor', test: (id: string) => /[\\/]node_modules[\\/]/.test(id) && !authoringOnly.test(id) && !videoOnly.test(id) && !chartsOnly.test(id) },
          ],
        },
      },
    },
  },
});
