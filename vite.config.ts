import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One config for the dev server, the static build and the unit tests.
export default defineConfig({
  plugins: [react()],
  // Relative asset paths, so that the build can be served from any folder of a
  // static host or a course platform.
  base: './',
  build: { target: 'es2022', sourcemap: false },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'model',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'view',
          environment: 'happy-dom',
          include: ['app/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
