import { readdirSync } from 'node:fs';
import { canonicalComparison, comparePath, parsePairSlug } from './routes.ts';

/**
 * Redirect stubs for the reversed order of every comparison that has a
 * content file, so `/compare/<b>-vs-<a>/` lands on the canonical page. Read
 * from the file names because the Astro config runs before the content layer.
 */
export function reversedPairRedirects(pairsDir: URL): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const file of readdirSync(pairsDir)) {
    const pair = file.endsWith('.yaml') ? parsePairSlug(file.slice(0, -'.yaml'.length)) : undefined;
    if (!pair) continue;
    const reversed = `/compare/${pair.y}-vs-${pair.x}/`;
    if (canonicalComparison(reversed) === comparePath(pair.x, pair.y))
      redirects[reversed] = comparePath(pair.x, pair.y);
  }
  return redirects;
}
