/** Questions the pages ask of the stacks: pure, so tests and Node tools use the same answers. */
import type { MessageKind, Stack } from './stackSchema.ts';
import { STANDARD_CODES } from '../rules/closeCodeRules.ts';

/** A stack with its id (its file name under `content/stacks/`). */
export type StackEntry = Stack & { id: string };

/** The standard codes (1000–1015) a stack gives no name to, derived from its `codes`. */
export function missingCodes(stack: Stack): number[] {
  const named = new Set(stack.codes.map((c) => c.code));
  return STANDARD_CODES.filter((code) => !named.has(code));
}

/** Each stack's name for `code`, in the order given, for the stacks that name it. */
export function namesFor(stacks: readonly StackEntry[], code: number) {
  return stacks.flatMap((stack) => stack.codes.filter((c) => c.code === code).map((entry) => ({ stack, entry })));
}

/** The fragment id of a message's row on its stack's page. */
export function messageAnchor(kind: MessageKind): string {
  return `message-${kind}`;
}

/**
 * The message kind a stack reports `code` with: 1006 is the code for a
 * connection that closed without a Close frame (RFC 6455 §7.1.5), so its
 * message is the abnormal-close one; any other code arrives in a Close frame.
 */
export function messageKindFor(code: number): MessageKind {
  return code === 1006 ? 'abnormal' : 'closeWithCode';
}
