/**
 * Decoding a pasted log line against the index: pure, so the browser and the
 * tests run the same code. It never throws: anything unrecognised is "no
 * match", with the closest entries by shared words.
 */
import { normalisePastedLine } from '../observations/normaliseMessage.ts';
import { templatePattern } from '../stacks/templateMatch.ts';
import type { DecoderEntry } from './decoderIndex.ts';

/** What a line decoded to. */
export interface Decoded {
  /** The close code, where one could be named. */
  code: number | null;
  /** The entries that matched, best first. */
  matches: DecoderEntry[];
  /** When nothing matched: the closest entries, best first. */
  closest: DecoderEntry[];
}

const RANK: Record<DecoderEntry['kind'], number> = { measured: 0, template: 1, name: 2 };

/** A close code written in the line itself (1000–4999), if any. */
function codeInLine(line: string): number | null {
  const found = /(?<![\d.:])([1-4]\d{3})(?![\d.])/.exec(line);
  return found ? Number(found[1]) : null;
}

const words = (text: string) => new Set(text.toLowerCase().match(/[a-z][a-z0-9_]{2,}/g) ?? []);

/** Entries whose words overlap the line's most, for a "did you mean". */
function closestTo(line: string, index: readonly DecoderEntry[], count: number): DecoderEntry[] {
  const mine = words(line);
  if (mine.size === 0) return [];
  return index
    .map((entry) => ({ entry, shared: [...words(entry.text)].filter((w) => mine.has(w)).length }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, count)
    .map((x) => x.entry);
}

/** The part of the line `entry` recognises, or `undefined` when it does not recognise it. */
function recognised(entry: DecoderEntry, line: string, raw: string): string | undefined {
  if (entry.kind === 'measured') {
    const text = normalisePastedLine(entry.text);
    return line.includes(text) ? text : undefined;
  }
  const pattern =
    entry.kind === 'template'
      ? templatePattern(entry.text.toLowerCase())
      : new RegExp(`\\b${entry.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
  return pattern.exec(entry.kind === 'template' ? line : raw)?.[0];
}

/** Decode one pasted line (or several: the first that matches wins). */
export function decode(input: string, index: readonly DecoderEntry[]): Decoded {
  const raw = input.slice(0, 4000);
  const line = normalisePastedLine(raw);
  if (!line) return { code: null, matches: [], closest: [] };
  const found = index
    .flatMap((entry) => {
      const part = recognised(entry, line, raw);
      return part === undefined ? [] : [{ entry, part }];
    })
    // Most specific first: what a client was measured printing, then source templates, then names; longer first.
    .sort((a, b) => RANK[a.entry.kind] - RANK[b.entry.kind] || b.entry.text.length - a.entry.text.length);
  // Unrecognised, the line names no code: a number in it may as well be a date or a port.
  if (found.length === 0) return { code: null, matches: [], closest: closestTo(line, index, 3) };
  const { entry: best, part } = found[0]!;
  // A measured line carries the code its client reported; otherwise the number inside the recognised part
  // (never a timestamp or port elsewhere on the line) says more than the template's kind.
  const code = best.kind === 'measured' ? (best.code ?? codeInLine(part)) : (codeInLine(part) ?? best.code);
  return { code, matches: found.slice(0, 8).map((f) => f.entry), closest: [] };
}
