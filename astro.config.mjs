// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { searchIntegration } from './src/search/searchIntegration.ts';
import { reversedPairRedirects } from './src/model/reversedPairRedirects.ts';

export default defineConfig({
  site: 'https://websocket-close-codes.dev',
  trailingSlash: 'always',
  redirects: reversedPairRedirects(new URL('./content/pairs/', import.meta.url)),
  integrations: [mdx(), searchIntegration()],
});
