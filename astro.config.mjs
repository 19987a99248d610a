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
  i18n: {
    locales: ['en', { path: 'zh-cn', codes: ['zh-CN', 'zh'] }],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
});
