/** Links into a stack's source at its pinned commit. */
import type { Stack } from './stackSchema.ts';

/** The GitHub permalink of a line of `stack`'s source at its pinned commit. */
export function permalink(stack: Pick<Stack, 'source'>, at: { path: string; line: number }): string {
  return `https://github.com/${stack.source.repo}/blob/${stack.source.commit}/${at.path}#L${at.line}`;
}
