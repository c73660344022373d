import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// The API/live server the dev server forwards to; override to point at another host.
const apiOrigin = process.env.LIVEFAIR_API_ORIGIN ?? 'http://127.0.0.1:3000';

/**
 * Vendor groups, highest priority first. antd and its rc-components are `entriesAware`: what only a
 * lazy page uses (Table, Form, ...) lands in a chunk loaded with that page, not with the shell.
 */
const vendorGroups = [
  { name: 'vendor-react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/ },
  { name: 'vendor-i18n', test: /[\\/]node_modules[\\/](i18next|react-i18next)[\\/]/ },
  { name: 'vendor-icons', test: /[\\/]node_modules[\\/]@ant-design[\\/]icons(-svg)?[\\/]/ },
  {
    name: 'vendor-antd-style',
    test: /[\\/]node_modules[\\/](@ant-design[\\/](cssinjs|cssinjs-utils|colors|fast-color)|@emotion|stylis)[\\/]/,
  },
  {
    name: 'vendor-antd',
    test: /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs)[\\/]/,
    entriesAware: true,
    entriesAwareMergeThreshold: 30_000,
  },
  // ECharts only on the analytics dashboards: its own chunk, loaded with those pages.
  { name: 'vendor-echarts', test: /[\\/]node_modules[\\/](echarts|zrender|echarts-for-react|size-sensor|fast-deep-equal)[\\/]/ },
  { name: 'vendor', test: /[\\/]node_modules[\\/]/ },
];

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  resolve: {
    alias: {
      '@livefair/protocol': fileURLToPath(new URL('../../libs/protocol/src', import.meta.url)),
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: {
      '/api': { target: apiOrigin, changeOrigin: true },
      '/socket.io': { target: apiOrigin, changeOrigin: true, ws: true },
      '/live': { target: apiOrigin, changeOrigin: true },
    },
  },
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Required with entriesAware: without it rolldown 1.2 emitted circular antd chunks where
        // `var row_default = Row` ran before `Row` existed (React error #130 on the home page).
        strictExecutionOrder: true,
        // entriesAware chunks are named after every page that shares them; keep file names short.
        chunkFileNames: (chunk) =>
          chunk.name.includes('~') ? `assets/${chunk.name.split('~')[0]}-[hash].js` : 'assets/[name]-[hash].js',
        codeSplitting: {
          groups: vendorGroups.map((g, i) => ({ ...g, priority: vendorGroups.length - i })),
        },
      },
    },
  },
});
