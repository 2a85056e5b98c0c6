/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { cspHeader, cspMeta, dataOriginsFrom } from './src/app/csp.ts';
import { publishedData } from './scripts/published-data-plugin.ts';

// Origins of a data folder elsewhere (config.json's dataUrl), allowed in connect-src: docs/deploy.md.
const dataOrigins = dataOriginsFrom(process.env.CHI_TIEU_DATA_ORIGINS);

export default defineConfig({
  plugins: [
    react(),
    // The built index.html carries the CSP of src/app/csp.ts, the one place the policy is written
    // (not in dev: Vite's dev server injects inline scripts of its own).
    {
      name: 'content-security-policy',
      apply: 'build',
      // Written as is (quotes not escaped) on a line of its own, so a deployment can add a data origin to connect-src with one sed (README).
      transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${cspMeta(dataOrigins)}">`),
    },
    // dist/data/: the built-in data as a published folder (stable names, manifest.json), read at run time.
    publishedData(),
    // Conference halls are often offline: after one visit the app and its fonts come from the
    // service worker's precache. A new build waits until the user agrees to reload (registerType
    // 'prompt'), so a presentation is never swapped mid-talk. The published data is NOT precached:
    // config.json, data/manifest.json and the data files always go to the network (the worker has
    // no route for them), and the last good version is kept verified in IndexedDB for offline use
    // — a precache would serve the data of the build's day in place of a newer publication.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Chỉ Tiêu — kế hoạch và thực hiện',
        short_name: 'Chỉ Tiêu',
        description: 'Kế hoạch và thực hiện các chỉ tiêu kinh tế – xã hội của tỉnh Lai Châu và các huyện',
        lang: 'vi',
        start_url: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b2f4a',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // woff2 only: every browser that runs the app reads it; the woff fallbacks would double the precache.
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,json,webmanifest}'],
        globIgnores: ['data/**', 'config.json'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Never inline assets as data: URLs: the CSP's connect-src allows this origin only.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 700,
  },
  // The preview server (npm start, the e2e suite) sends the CSP as a header too, as a deployment should.
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': cspHeader(dataOrigins) } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // A limit catches a hang, not slowness: a test of 1 s on a quiet machine takes 5 s at a load of 15.
    testTimeout: 30_000,
    // nuqs's router adapter must share the test's copy of react-router (one router context).
    server: { deps: { inline: ['nuqs'] } },
  },
});
