/**
 * Content prose carries one kind of markup by design: `code in backticks`.
 * This module is the one reading of it; the HTML the pages build, the plain
 * text of titles and attributes, and the DOM the browser builds
 * (`inlineDom.ts`) all derive from `inlineRuns`.
 */

/** One run of content prose: plain text, or code that was written in backticks. */
export interface InlineRun {
  /** The run's text, without its backticks. */
  text: string;
  /** Whether the run was written in backticks. */
  code: boolean;
}

/** A backticked span; a lone backtick stays text. */
const CODE_SPAN = /`([^`]+)`/;

/** Split content prose into runs of text and code, in order; empty text runs are left out. */
export function inlineRuns(text: string): InlineRun[] {
  // Splitting on a pattern with one group puts each code span at an odd index.
  return text
    .split(CODE_SPAN)
    .map((part, i) => ({ text: part, code: i % 2 === 1 }))
    .filter((run) => run.text !== '');
}

/** Escape text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Render content prose to HTML: every run is escaped, and code runs become `<code>`. */
export function renderInline(text: string): string {
  return inlineRuns(text)
    .map((run) => (run.code ? `<code>${escapeHtml(run.text)}</code>` : escapeHtml(run.text)))
    .join('');
}

/** Content prose as plain text, for titles, descriptions and attributes: the backticks go. */
export function plainInline(text: string): string {
  return inlineRuns(text)
    .map((run) => run.text)
    .join('');
}
