/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

// `base: './'` makes dist/ work from any sub-path (a newsroom CMS folder, GitHub Pages, a file share).
export default defineConfig({
  base: './',
  plugins: [svelte(), svelteTesting()],
  // d3-zoom imports d3-transition and d3-interpolate only for animated zooms, which the chart never starts.
  resolve: { alias: [{ find: /^d3-(transition|interpolate)$/, replacement: fileURLToPath(new URL('./src/app/zoom-transition.ts', import.meta.url)) }] },
  build: {
    target: 'es2022',
    rollupOptions: {
      input: { main: 'index.html', embed: 'embed.html' },
    },
  },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    testTimeout: 20000,
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'reports/unit.json' }]] : ['default'],
  },
});
