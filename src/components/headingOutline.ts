/**
 * The outline of a rendered page: its section headings, read from the HTML
 * that `Heading.astro` renders (`<h2 id="…" class="heading">Label<a class="anchor"…`),
 * so a table of contents can never list a section the page does not have.
 */

/** A section heading: its fragment id and its text. */
export interface OutlineEntry {
  /** The heading's id. */
  id: string;
  /** The heading's text, without markup. */
  label: string;
}

const H2 = /<h2 id="([^"]+)" class="heading">([\s\S]*?)<a class="anchor"/g;

/** Decode the few entities Astro writes into text. */
const unescape = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!,
  );

/** Every level-2 section heading of `html`, in order. */
export function headingOutline(html: string): OutlineEntry[] {
  return [...html.matchAll(H2)].map(([, id, inner]) => ({
    id: id!,
    label: unescape(inner!.replace(/<[^>]+>/g, '').trim()),
  }));
}
