/** Links into a stack's source at its pinned commit. */
import type { Stack } from './stackSchema.ts';

/**
 * How many hex digits of the pinned commit a link carries. GitHub resolves any unambiguous prefix; 48 bits
 * leave no ambiguity in the largest repository here (dotnet/runtime), and every code page carries one link
 * per stack, so the 28 digits saved per link are about 270 bytes gzipped on a page.
 * The full commit stays in each stack's `source.commit` (`/stacks.json`).
 */
export const COMMIT_PREFIX = 12;

/** The GitHub permalink of a line of `stack`'s source at its pinned commit. */
export function permalink(stack: Pick<Stack, 'source'>, at: { path: string; line: number }): string {
  return `https://github.com/${stack.source.repo}/blob/${stack.source.commit.slice(0, COMMIT_PREFIX)}/${at.path}#L${at.line}`;
}
