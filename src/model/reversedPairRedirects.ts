import { readdirSync } from 'node:fs';
import { parsePairSlug } from './pairs.ts';

/**
 * `/compare/<b>-vs-<a>/` → `/compare/<a>-vs-<b>/` for every pair that has a
 * content file, so the reversed order of any comparison lands on the
 * canonical page. Read from the file names because the Astro config runs
 * before the content layer.
 */
export function reversedPairRedirects(pairsDir: URL): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const file of readdirSync(pairsDir)) {
    const pair = file.endsWith('.yaml') ? parsePairSlug(file.slice(0, -'.yaml'.length)) : undefined;
    if (!pair) continue;
    redirects[`/compare/${pair.y}-vs-${pair.x}/`] = `/compare/${pair.x}-vs-${pair.y}/`;
  }
  return redirects;
}
