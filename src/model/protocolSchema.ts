import { z } from 'astro/zod';
import { RECONNECT_ADVICE } from './codeSchema.ts';

/** A primary source for a protocol's close codes. */
export const protocolSourceSchema = z.object({
  /** What the source is, e.g. "graphql-ws src/common.ts, enum CloseCode". */
  title: z.string().min(3),
  /** Absolute https URL (a spec, documentation page or source file, pinned to a tag or commit where possible). */
  url: z.url({ protocol: /^https$/ }),
});

/** One close code as a protocol defines it. */
export const protocolCodeSchema = z.object({
  /** The close code. */
  code: z.number().int().min(1000).max(4999),
  /** The protocol's own name for it, verbatim (e.g. "Unknown error", "ConnectionInitialisationTimeout"). */
  name: z.string().min(2),
  /** What it means, in one or two sentences, faithful to the source. */
  meaning: z.string().min(20),
  /** Who sends it, per the source. */
  sender: z.enum(['client', 'server', 'either']),
  /** Whether to reconnect, per the source where it says so. */
  reconnect: z.enum(RECONNECT_ADVICE),
  /** The source's own words on reconnecting, or how the advice follows from it. */
  reconnectNote: z.string().min(10).optional(),
});
/** One close code as a protocol defines it. */
export type ProtocolCode = z.infer<typeof protocolCodeSchema>;

/** An application protocol or service that defines close codes: `content/protocols/<slug>.yaml`. */
export const protocolSchema = z.object({
  /** Display name, e.g. "Discord Gateway". */
  name: z.string().min(2),
  /** One sentence on what the protocol is. */
  summary: z.string().min(20),
  /** The primary source for the codes. */
  source: protocolSourceSchema,
  /** Further primary sources (protocol text, source files). */
  moreSources: z.array(protocolSourceSchema).default([]),
  /** The date the sources were last checked (YYYY-MM-DD). */
  checked: z.iso.date(),
  /** The codes it defines. */
  codes: z.array(protocolCodeSchema).min(1),
});
/** An application protocol or service that defines close codes. */
export type Protocol = z.infer<typeof protocolSchema>;
