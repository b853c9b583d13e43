import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const api = 'http://localhost:3000';

export default defineConfig({
  plugins: [
    react(),
    // Installable app: the service worker precaches the app shell only. API answers are never
    // cached by it (offline entries go through the realisasi queue in IndexedDB instead), so a
    // phone never shows stale performance data as if it were current.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Capaian — Kinerja ASN',
        short_name: 'Capaian',
        description: 'Manajemen kinerja ASN pemerintah daerah: SKP, progres harian dengan bukti, umpan balik.',
        lang: 'id',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#1c7ed6',
        background_color: '#ffffff',
        categories: ['productivity', 'business'],
        icons: [
          { src: '/pwa-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/pwa-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        shortcuts: [{ name: 'Catat progres', short_name: 'Catat', url: '/progres?catat=1', icons: [{ src: '/pwa-192.png', sizes: '192x192' }] }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        // Never answer API calls (or health checks) from the service worker.
        navigateFallbackDenylist: [/^\/api\//, /^\/health/],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    // "@/…" → src/… (declared in tsconfig.json "paths").
    tsconfigPaths: true,
  },
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/health': { target: api, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/health': { target: api, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    target: 'es2022',
    rolldownOptions: {
      treeshake: {
        // @capaian/domain is pure (no I/O, no side effects): only the labels the web app
        // imports end up in the bundle, not zod or date-fns used by other rules.
        moduleSideEffects: (id: string) => (/[\\/]domain[\\/]src[\\/]/.test(id) ? false : undefined),
      },
    },
  },
});
