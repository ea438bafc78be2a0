import { z } from 'astro/zod';
import { wireRuleOf } from '../rules/closeCodeRules.ts';

/**
 * Reconnect advice, from most to least eager: `now` (reconnect right away),
 * `backoff` (with exponential backoff and jitter), `after-fix` (not until
 * something is fixed), `never` (the session ended on purpose).
 */
export const RECONNECT_ADVICE = ['now', 'backoff', 'after-fix', 'never'] as const;
/** One kind of reconnect advice. */
export type ReconnectAdvice = (typeof RECONNECT_ADVICE)[number];

/** Does this advice say to reconnect at all (right away or with backoff)? The reconnect sample retries exactly these codes. */
export function reconnects(advice: ReconnectAdvice): boolean {
  return advice === 'now' || advice === 'backoff';
}

/** A badge's tone: neutral for facts; warning or danger only where the reader must act. */
export type BadgeTone = 'neutral' | 'warn' | 'danger';

/** The tone of a reconnect badge: act before reconnecting (`after-fix`), or do not (`never`). */
export function reconnectTone(advice: ReconnectAdvice): BadgeTone {
  return advice === 'never' ? 'danger' : advice === 'after-fix' ? 'warn' : 'neutral';
}

/** A primary source that backs a fact on the page. */

export const referenceSchema = z.object({
  /** Which kind of primary source this is; drives grouping and the label. */
  source: z.enum(['rfc6455', 'iana', 'whatwg', 'hybi', 'rfc', 'errata', 'library']),
  /** Human title, e.g. "RFC 6455 §7.4.1 Defined Status Codes". */
  title: z.string().min(3),
  /** Absolute https URL, with a fragment for the exact section where one exists. */
  url: z.url({ protocol: /^https$/ }),
});
/** A primary source that backs a fact on the page. */
export type Reference = z.infer<typeof referenceSchema>;

/** A code sample shown on the code page. */
export const sampleSchema = z.object({
  /** What the sample shows: detect/handle in the browser, or send from a Node `ws` server. */
  kind: z.enum(['browser', 'node']),
  /** Heading shown above the block. */
  title: z.string().min(3),
  /** Language for Shiki. */
  lang: z.enum(['js', 'ts']),
  /** When true, the test suite type-checks this sample; keep it a complete module. */
  runnable: z.boolean().default(true),
  /** The source text. */
  code: z.string().min(10),
});
/** A code sample shown on the code page. */
export type Sample = z.infer<typeof sampleSchema>;

/** One WebSocket close code, as stored in `content/codes/<code>.yaml`. */
export const codeSchema = z
  .object({
    /** The close code number. Must match the file name. */
    code: z.number().int().min(0).max(4999),
    /**
     * The code's short name: the IANA "WebSocket Close Code Number Registry"
     * description, verbatim. Where the registry gives only a long description
     * (1014), this is the site's own label and `registryDescription` holds the
     * registry's text.
     */
    name: z.string().min(2),
    /** The registry's description verbatim, where it is a sentence rather than a short name; marks `name` as ours. */
    registryDescription: z.string().min(20).optional(),
    /** The name in RFC 6455 §11.7's initial table, where it differs from the registry's today (1004, 1011). */
    rfcName: z.string().min(2).optional(),
    /** One sentence: what the code means, in plain words. */
    summary: z
      .string()
      .min(20)
      .max(200)
      .refine((s) => /[.!?]$/.test(s.trim()), 'summary must be one full sentence ending with punctuation'),
    /** What kind of closure this is; drives the search filter and grouping on the home page. */
    category: z.enum(['normal', 'protocol-error', 'policy', 'server', 'local', 'reserved']),
    /** Who sends it on the wire: `client`, `server`, `either`, or `nobody` (only ever reported locally). */
    sender: z.enum(['client', 'server', 'either', 'nobody']),
    /**
     * Structured reconnect advice: `now` (reconnect right away), `backoff`
     * (reconnect with exponential backoff and jitter), `after-fix` (not until
     * something is fixed), `never` (the session ended on purpose).
     */
    reconnect: z.enum(RECONNECT_ADVICE),
    /** One or two sentences qualifying the reconnect advice for this code. */
    reconnectNote: z.string().min(20),
    /** Where the code is defined, e.g. "RFC 6455 §7.4.1" or "IANA registry (hybi list, 2012)". */
    definedIn: z.string().min(3),
    /** Plain-text paragraphs explaining the code. Inline `code` in backticks is allowed. */
    description: z.array(z.string().min(40)).min(1),
    /** Concrete causes: what actually produces this code in real systems. */
    whenItHappens: z.array(z.string().min(20)).min(2),
    /** Ordered remediation steps. */
    remediation: z.array(z.string().min(20)).min(2),
    /** Code samples. */
    samples: z.array(sampleSchema).default([]),
    /** Primary sources, cited on the page. */
    references: z.array(referenceSchema).min(1),
    /** Codes a reader of this page should also know; each must exist. */
    related: z.array(z.number().int()).default([]),
    /** Extra search phrases (symptoms people type) indexed with the page. */
    keywords: z.array(z.string()).default([]),
    /** For codes registered after RFC 6455 (1012–1014, 3000–3999): the registry's contact, date and reference. */
    registration: z
      .object({
        /** The contact as the IANA registry names them. */
        registrant: z.string().min(2),
        /** The registration date as the registry gives it (YYYY-MM-DD); omitted where the registry gives none. */
        date: z.iso.date().optional(),
        /** The registry's reference for the entry (a URL), if it gives one. */
        reference: z.url().optional(),
      })
      .optional(),
    /**
     * Codes outside 1000–1015 this one is naturally compared with; each pair
     * needs hand-written text in `content/pairs/`.
     */
    neighbours: z.array(z.number().int()).default([]),
  })
  // Only codes that may never be sent are reported locally; any other code arrives in a peer's Close frame.
  .refine((c) => (c.sender === 'nobody') === (wireRuleOf(c.code) === 'never'), {
    message: 'sender is "nobody" exactly for the codes RFC 6455 says MUST NOT be sent (1005, 1006 and 1015)',
    path: ['sender'],
  })
  /**
   * Derived, never typed in content: may an endpoint put this code in a Close
   * frame? `yes`; `reserved` (1004); `never` (1005, 1006, 1015: RFC 6455 §7.4.1).
   */
  .transform((c) => ({ ...c, onTheWire: wireRuleOf(c.code) }));
/** One WebSocket close code, as stored in `content/codes/<code>.yaml`. */
export type CloseCode = z.output<typeof codeSchema>;
