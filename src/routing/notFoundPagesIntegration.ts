import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/localePaths.ts';
import { NOT_FOUND_RENDERED, notFoundPath } from './routes.ts';

/**
 * Moves each locale's not-found page from where Astro writes it
 * (`/<locale>/404/index.html`: only the root `404.astro` becomes a file) to
 * `notFoundPath(locale)`, where the server and static hosts look for it.
 */
export function notFoundPagesIntegration(): AstroIntegration {
  return {
    name: 'wscc:not-found-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
          const rendered = path.join(root, locale, NOT_FOUND_RENDERED);
          if (!existsSync(path.join(rendered, 'index.html'))) continue;
          renameSync(path.join(rendered, 'index.html'), path.join(root, notFoundPath(locale)));
          rmdirSync(rendered);
        }
      },
    },
  };
}
