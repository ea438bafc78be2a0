/** Questions the pages ask of the stacks: pure, so tests and Node tools use the same answers. */
import type { MessageKind, Stack } from './stackSchema.ts';

/** A stack with its id (its file name under `content/stacks/`). */
export type StackEntry = Stack & { id: string };

/** The codes every stack is measured against for "names no constant": the ones RFC 6455 and the registry define. */
export const STANDARD_RANGE = { from: 1000, to: 1015 } as const;

/** The standard codes (1000–1015) a stack gives no name to, derived from its `codes`. */
export function missingCodes(stack: Stack): number[] {
  const named = new Set(stack.codes.map((c) => c.code));
  return Array.from({ length: STANDARD_RANGE.to - STANDARD_RANGE.from + 1 }, (_, i) => STANDARD_RANGE.from + i).filter(
    (code) => !named.has(code),
  );
}

/** Each stack's name for `code`, in the order given, for the stacks that name it. */
export function namesFor(stacks: readonly StackEntry[], code: number) {
  return stacks.flatMap((stack) => stack.codes.filter((c) => c.code === code).map((entry) => ({ stack, entry })));
}

/** The fragment id of a message's row on its stack's page. */
export function messageAnchor(kind: MessageKind): string {
  return `message-${kind}`;
}
