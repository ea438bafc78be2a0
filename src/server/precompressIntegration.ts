import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { walk } from '../build/files.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(html|css|js|json|svg|xml|txt|webmanifest)$/;

/** Every file under `dir`, absolute. */
const files = (dir: string) => walk(dir).map((f) => path.join(dir, f));

/**
 * Writes `.gz` and `.br` next to every text asset at the end of the build, so
 * `npm start` (sirv) serves compressed files without compressing per request.
 * Runs after the search integration, so Pagefind's entry files are included.
 */
export function precompressIntegration(): AstroIntegration {
  return {
    name: 'wscc:precompress',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let count = 0;
        for (const file of files(fileURLToPath(dir))) {
          if (!COMPRESSIBLE.test(file)) continue;
          const data = readFileSync(file);
          if (data.length < 256) continue;
          writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
          writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
          count++;
        }
        logger.info(`Precompressed ${count} files (gzip and brotli).`);
      },
    },
  };
}
