// @ts-check
import node from '@astrojs/node';
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  output: 'static',
  adapter: node({ mode: 'standalone' }),
  integrations: [svelte()],
  // Pages are linked with their slash; the API is called without one (POST /api/session), and a redirect would drop a POST's body.
  trailingSlash: 'ignore',
  server: { host: '127.0.0.1', port: 4321 },
  // Only API routes take changes, and each refuses a cross-site one itself, whatever its media type, with the
  // API's JSON error (site/auth/csrf.ts, guard.ts); Astro's own check answered some of them first, in plain text.
  security: { checkOrigin: false },
  i18n: {
    locales: ['en', { path: 'zh-cn', codes: ['zh-CN', 'zh'] }],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
});
