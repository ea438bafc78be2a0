/** The lookup data for bare numbers, built from the catalog for pages to embed. */
import { getCatalog } from './catalog.ts';
import { pagedCodes } from './catalogQueries.ts';
import { encodeTargets } from './codeTarget.ts';
import { rangePath } from '../routing/routes.ts';

/** `data-targets` for search and the home filter. */
export async function targetsAttribute(): Promise<string> {
  const catalog = await getCatalog();
  return encodeTargets(
    pagedCodes(catalog),
    catalog.ranges.map((r) => ({
      from: r.from,
      to: r.to,
      path: rangePath(r.slug),
      label: `${r.from}–${r.to} (${r.title})`,
    })),
  );
}
