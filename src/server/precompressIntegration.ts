import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { walk } from '../build/files.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = /\.(html|css|js|json|svg|xml|txt|webmanifest)$/;
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Every file under `dir`, absolute. */
const files = (dir: string) => walk(dir).map((f) => path.join(dir, f));

/** Write `file.gz` and `file.br`; false when the file is too small to be worth it. */
async function precompress(file: string): Promise<boolean> {
  const data = await readFile(file);
  if (data.length < 256) return false;
  const [gz, br] = await Promise.all([
    gzipAsync(data, { level: 9 }),
    brotliAsync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  ]);
  await Promise.all([writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)]);
  return true;
}

/**
 * Writes `.gz` and `.br` next to every text asset at the end of the build, so
 * `npm start` (sirv) serves compressed files without compressing per request.
 * Runs after the search integration, so Pagefind's entry files are included.
 * The asynchronous zlib calls run on libuv's thread pool, so every core
 * compresses (brotli at quality 11 is most of this step's time).
 */
export function precompressIntegration(): AstroIntegration {
  return {
    name: 'wscc:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const done = await Promise.all(
          files(fileURLToPath(dir))
            .filter((file) => COMPRESSIBLE.test(file))
            .map(precompress),
        );
        const count = done.filter(Boolean).length;
        logger.info(`Precompressed ${count} files (gzip and brotli) in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
