import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { walk } from '../build/files.ts';
import path from 'node:path';
import sirv from 'sirv';
import * as pagefind from 'pagefind';

/** An attribute only Pagefind reads (`data-pagefind-body` stays: it marks which pages are indexed). */
const INDEX_ONLY_ATTRIBUTE = /\sdata-pagefind-(?!body\b)[a-z-]+(?:="[^"]*")?/g;

/**
 * `html` without the attributes only the indexer reads (keywords, weights, filters, ignores): once the index
 * is written nothing reads them, and on a code page they are about 150 bytes of its gzipped budget.
 */
export function withoutIndexMarkup(html: string): string {
  // A start tag, reading quoted values whole: a `>` inside one (a keyword may have it) does not end the tag.
  return html.replace(/<[a-z](?:[^>"]|"[^"]*")*>/g, (tag) => tag.replace(INDEX_ONLY_ATTRIBUTE, ''));
}

/**
 * Builds the Pagefind index at the end of `astro build` through Pagefind's
 * Node API, then removes the index-only markup from the pages; in
 * `astro dev`, serves the last built index under `/pagefind/`.
 */
export function searchIntegration(): AstroIntegration {
  let outDir = 'dist';
  return {
    name: 'wscc:search',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        const dir = path.join(outDir, 'pagefind');
        if (!existsSync(dir)) logger.warn('No search index yet: run `npm run build` once to enable search in dev.');
        // Serve lazily so a build made while dev runs is picked up.
        server.middlewares.use('/pagefind', (req, res, next) => {
          if (!existsSync(dir)) return next();
          sirv(dir, { dev: true })(req, res, next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: fileURLToPath(dir) });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(fileURLToPath(dir), 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind write failed: ${written.errors.join('; ')}`);
        await pagefind.close();
        const root = fileURLToPath(dir);
        await Promise.all(
          walk(root)
            .filter((f) => f.endsWith('.html'))
            .map(async (f) => {
              const file = path.join(root, f);
              const html = await readFile(file, 'utf8');
              const served = withoutIndexMarkup(html);
              if (served !== html) await writeFile(file, served);
            }),
        );
        logger.info(`Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
