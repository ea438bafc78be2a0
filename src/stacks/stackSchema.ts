import { z } from 'astro/zod';
import { CLIENT_IDS } from '../observations/clientIds.ts';

/** A line in the stack's source, at the entry's pinned commit. */
const sourceLineSchema = z.object({
  /** File path in the repository. */
  path: z.string().min(1),
  /** 1-based line number at the pinned commit. */
  line: z.number().int().min(1),
});

/** A message template as the library's source writes it (format verbs and concatenations kept). */
const templateSchema = sourceLineSchema.extend({
  /** The template, verbatim; may be empty where the source passes an empty message. */
  template: z.string(),
});

/** The kinds of message a stack's source may define for close codes. */
export const MESSAGE_KINDS = ['abnormal', 'closeWithCode', 'invalidCodeReceived', 'invalidCodeToClose'] as const;
/** A kind of message. */
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/**
 * A WebSocket library, runtime or standard, as its own source names close
 * codes: `content/stacks/<id>.yaml`. Every fact carries a path and line at
 * one pinned commit, so each one links to the line it was read from.
 */
export const stackSchema = z.object({
  /** How developers name it, e.g. "gorilla/websocket". */
  name: z.string().min(2),
  /** Its language. */
  language: z.string().min(1),
  /** The release the pinned commit corresponds to; absent where it could not be tied to one (see `unreadable`). */
  version: z.string().min(1).optional(),
  /** The lab client that runs this library, whose measured messages are shown beside its templates. */
  labClient: z.enum(CLIENT_IDS).optional(),
  /** Where the facts were read. */
  source: z.object({
    /** GitHub `owner/name`. */
    repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
    /** The pinned commit, 40 hex digits. */
    commit: z.string().regex(/^[0-9a-f]{40}$/),
    /** The date the source was read (YYYY-MM-DD). */
    checked: z.iso.date(),
  }),
  /** Every close code it names: the constant or enum member, verbatim, and where it is defined. */
  codes: z
    .array(
      sourceLineSchema.extend({
        /** The close code (0–4999). */
        code: z.number().int().min(0).max(4999),
        /** The constant or enum member, exactly as written. */
        name: z.string().min(1),
      }),
    )
    .default([]),
  /** The message templates its source defines, by kind. */
  messages: z.partialRecord(z.enum(MESSAGE_KINDS), templateSchema).default({}),
  /** Where it departs from RFC 6455 or the WHATWG standard, or surprises users; each sourced. */
  notes: z.array(sourceLineSchema.extend({ /** The note. */ text: z.string().min(10) })).default([]),
  /** Facts looked for and not readable from the source, and why. */
  unreadable: z.array(z.string().min(10)).default([]),
});
/** A stack entry. */
export type Stack = z.infer<typeof stackSchema>;
