// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { inSitemap } from './src/seo/indexing.ts';
import { searchIntegration } from './src/search/searchIntegration.ts';
import { clientBundlesIntegration } from './src/clientBundles/clientBundlesIntegration.ts';
import { demoIntegration } from './src/server/demoIntegration.ts';
import { precompressIntegration } from './src/server/precompressIntegration.ts';
import { reversedPairRedirects } from './src/routing/reversedPairRedirects.ts';
import { SITE_ORIGIN } from './src/routing/routes.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/localePaths.ts';
import { ogStatsIntegration } from './src/og/ogStatsIntegration.ts';
import { notFoundPagesIntegration } from './src/routing/notFoundPagesIntegration.ts';

export default defineConfig({
  site: SITE_ORIGIN,
  trailingSlash: 'always',
  // Astro 7's default, set here because the sources are written for it: whitespace with a line break
  // renders as nothing, so a space between inline content is written `{' '}` (src/build/astroWhitespace.ts
  // finds the places where it is missing; tests/unit/astroWhitespace.test.ts runs it on every .astro file).
  compressHTML: 'jsx',
  // English at the root, every other locale under /<locale>/; pages and components read `Astro.currentLocale`.
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  redirects: reversedPairRedirects(new URL('./content/pairs/', import.meta.url)),
  env: {
    schema: {
      /** Where the "Try it" widget finds a demo server; defaults to the page's own origin. */
      PUBLIC_DEMO_ORIGIN: envField.string({ context: 'client', access: 'public', optional: true, url: true }),
    },
  },
  // Precompression runs last, so it sees the search index and client bundles.
  integrations: [
    mdx(),
    // Each URL lists its twin in every locale (`xhtml:link` alternates).
    sitemap({
      filter: inSitemap,
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((l) => [l, l])) },
    }),
    clientBundlesIntegration(),
    notFoundPagesIntegration(),
    demoIntegration(),
    ogStatsIntegration(),
    searchIntegration(),
    precompressIntegration(),
  ],
});
