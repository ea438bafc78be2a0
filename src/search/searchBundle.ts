import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import path from 'node:path';

/** The search client, compiled on its own so that pages reference it without fetching it on load. */
export interface SearchBundle {
  /** Site path with a content hash, under `/_astro/` so it is cached as immutable. */
  path: string;
  /** The minified ES module. */
  code: string;
}

// From the project root: this module also runs from Astro's prerender chunks in dist/.
const entry = path.resolve('src/search/searchDialog.ts');
let cached: Promise<SearchBundle> | undefined;

/**
 * Compile `searchDialog.ts` to one minified module. Astro would bundle it as
 * a page script, which every page would then fetch on load; this keeps it
 * out of the page until search is opened.
 */
export function getSearchBundle(): Promise<SearchBundle> {
  cached ??= build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  }).then((result) => {
    const code = result.outputFiles[0]!.text;
    const hash = createHash('sha256').update(code).digest('base64url').slice(0, 10);
    return { path: `/_astro/search.${hash}.js`, code };
  });
  return cached;
}

/** Forget the compiled bundle, so dev picks up edits. */
export function resetSearchBundle(): void {
  cached = undefined;
}
