/** Content prose as DOM nodes, for pages that render it in the browser. */
import { inlineRuns } from './renderInline.ts';

/**
 * Append content prose to `parent` as the pages render it: text nodes, and a
 * `<code>` element for each run in backticks. Builds nodes; never parses HTML.
 */
export function appendInline(parent: Element, text: string): void {
  for (const run of inlineRuns(text)) {
    if (!run.code) {
      parent.append(run.text);
      continue;
    }
    const code = parent.ownerDocument.createElement('code');
    code.textContent = run.text;
    parent.append(code);
  }
}
