import { readdirSync } from 'node:fs';

/**
 * `/compare/<b>-vs-<a>/` → `/compare/<a>-vs-<b>/` for every pair that has a
 * content file, so the reversed order of any comparison lands on the
 * canonical page. Read from the file names because the Astro config runs
 * before the content layer.
 */
export function reversedPairRedirects(pairsDir: URL): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const file of readdirSync(pairsDir)) {
    const match = /^(\d+)-vs-(\d+)\.yaml$/.exec(file);
    if (!match) continue;
    const [, a, b] = match;
    redirects[`/compare/${b}-vs-${a}/`] = `/compare/${a}-vs-${b}/`;
  }
  return redirects;
}
