/**
 * Builds the browser side (web/) into dist/web, which the product's own HTTP server serves
 * (server/http/static-files.ts). Everything the pages need is emitted here: nothing is loaded
 * from a CDN at run time (scripts/check-offline.ts checks the output).
 *
 *   npx vite build --config vite.config.ts
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const web = fileURLToPath(new URL('./web/', import.meta.url));

export default defineConfig({
  root: web,
  base: '/',
  // No public/ folder: every file comes out of the bundle with a content hash.
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('./dist/web/', import.meta.url)),
    emptyOutDir: true,
    // Monaco is one ~2.8 MB chunk, loaded after the page shows; don't warn about it on every build.
    chunkSizeWarningLimit: 3000,
    // Vite 8 (Rolldown) name for what older Vite called build.rollupOptions.
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL's dependencies start modules with "use client" / "use no memo" (React Server
        // Components and React Compiler hints). They mean nothing in a browser bundle; Rolldown
        // warns about each one (over a hundred), which would bury any warning that matters.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      // One HTML entry per page; the output keeps the path relative to web/.
      input: {
        // GraphQL API explorer → dist/web/explorer/index.html, served at /explorer/.
        explorer: `${web}explorer/index.html`,
        // The dashboard → dist/web/index.html, served at / and its views' paths.
        dashboard: `${web}index.html`,
        // The sign-in page → dist/web/login.html, served at /login (to anonymous requests too).
        login: `${web}login.html`,
      },
    },
  },
  // `npm run dev`: Vite serves web/ with hot reload and passes the API through to the server.
  server: {
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(
      ['/graphql', '/auth', '/audit'].map((path) => [
        path,
        `http://127.0.0.1:${process.env.PORT ?? 4000}`,
      ]),
    ),
  },
  // Pre-bundle for the dashboard only: the explorer's Monaco `?worker` imports cannot be
  // pre-bundled (it is built for production by `npm run build` and served by the server).
  optimizeDeps: { entries: ['index.html', 'login.html'] },
  worker: {
    // Monaco's workers as ES module workers, hashed under /assets/ like the rest.
    format: 'es',
  },
});
