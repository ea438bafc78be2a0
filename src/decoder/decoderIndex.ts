/**
 * The log decoder's index, generated at build time from two sources and
 * nothing typed by hand: every message the lab measured (with its client,
 * scenario and code) and every message template and constant name read from
 * the stacks' sources.
 */
import type { LabData } from '../observations/labIndex.ts';
import { CLIENT_LABELS } from '../observations/clientIds.ts';
import { MESSAGE_KINDS, type MessageKind } from '../stacks/stackSchema.ts';
import type { StackEntry } from '../stacks/stackQueries.ts';
import { permalink } from '../stacks/permalink.ts';

/** One thing a pasted line can be recognised by. */
export interface DecoderEntry {
  /** `measured`: a message the lab recorded; `template`: a template from a library's source; `name`: a constant. */
  kind: 'measured' | 'template' | 'name';
  /** The text to look for: a normalised message, a template, or a constant name. */
  text: string;
  /** The close code it points to; `null` when the code must be read from the line itself. */
  code: number | null;
  /** Who prints or defines it (a lab client's or a stack's name). */
  stack: string;
  /** The scenario the lab saw it in, or what the template is for. */
  context: string;
  /** Where it comes from: the client's page, or the source line. */
  href: string;
}

/** The code a template's kind implies, where it implies one (a close with a code carries it in the line). */
const KIND_CODES: Record<MessageKind, number | null> = {
  abnormal: 1006,
  closeWithCode: null,
  invalidCodeReceived: null,
  invalidCodeToClose: null,
};

/**
 * Whether a constant's name is distinctive enough to recognise a line by: a
 * compound (camel humps, underscores or digits: `CloseGoingAway`,
 * `CLOSE_NO_STATUS_CODE`). A single word such as tungstenite's `Normal` or
 * `Error` would match ordinary prose.
 */
export function isDistinctive(name: string): boolean {
  return name.length >= 6 && /[a-z][A-Z]|_|\d/.test(name);
}

/**
 * Whether a template says enough to recognise a line by: at least two words
 * of its own besides the placeholders. `{} ({})` would match any line.
 */
export function isSpecific(template: string): boolean {
  const literal = template.replace(/%[a-z]|\$\{[^}]*\}|\{[^}]*\}/g, ' ');
  return (literal.match(/[A-Za-z]{3,}/g) ?? []).length >= 2;
}

/** Build the index: measured messages first (most specific), then templates, then names. */
export function buildDecoderIndex(
  lab: LabData,
  stacks: readonly StackEntry[],
  edition: {
    /** The page of a lab client, in the index's language. */
    client(id: string): string;
    /** A scenario's title, in the index's language. */
    scenario(scenario: LabData['scenarios'][number]): string;
  },
  kindLabels: Record<MessageKind, string>,
): DecoderEntry[] {
  const entries: DecoderEntry[] = [];
  // One entry per client and text; a text seen in scenarios with different codes names no code of its own.
  const measured = new Map<string, DecoderEntry & { contexts: string[] }>();
  for (const scenario of lab.scenarios)
    for (const cell of lab.cells.get(scenario.id)?.values() ?? [])
      for (const { outcome } of cell.outcomes)
        for (const { text } of outcome.messages) {
          if (!text) continue;
          const code = outcome.code !== null && outcome.code >= 1000 ? outcome.code : scenario.code;
          const key = `${cell.client.id}\n${text}`;
          const seen = measured.get(key);
          if (seen) {
            if (seen.code !== code) seen.code = null;
            if (!seen.contexts.includes(edition.scenario(scenario))) seen.contexts.push(edition.scenario(scenario));
            continue;
          }
          measured.set(key, {
            kind: 'measured',
            text,
            code,
            stack: CLIENT_LABELS[cell.client.id].label,
            context: '',
            contexts: [edition.scenario(scenario)],
            href: edition.client(cell.client.id),
          });
        }
  for (const { contexts, ...entry } of measured.values()) entries.push({ ...entry, context: contexts.join('; ') });
  for (const stack of stacks)
    for (const kind of MESSAGE_KINDS) {
      const message = stack.messages[kind];
      if (!message || !isSpecific(message.template)) continue;
      entries.push({
        kind: 'template',
        text: message.template,
        code: KIND_CODES[kind],
        stack: stack.name,
        context: kindLabels[kind],
        href: permalink(stack, message),
      });
    }
  for (const stack of stacks)
    for (const entry of stack.codes.filter((c) => isDistinctive(c.name)))
      entries.push({
        kind: 'name',
        text: entry.name,
        code: entry.code,
        stack: stack.name,
        context: entry.name,
        href: permalink(stack, entry),
      });
  return entries;
}
