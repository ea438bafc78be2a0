/**
 * The `data-pagefind-meta` value that indexes a page's search keywords without
 * printing them. Pagefind searches metadata fields (a match ranks the page,
 * boosted by `SEARCH_META_WEIGHTS.keywords`) but builds excerpts from the body
 * only, so a keyword match shows the page's own sentences. Inline metadata runs
 * to the end of the attribute, commas included. `undefined` when there are none.
 */
export function keywordsMeta(keywords: readonly string[]): string | undefined {
  return keywords.length ? `keywords:${keywords.join(', ')}` : undefined;
}
