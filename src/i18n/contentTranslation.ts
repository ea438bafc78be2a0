/**
 * The rules a translated content entry must keep with its English source:
 * English is the source of truth, and a translation records the hash of the
 * exact English file it was made from (`translatedFrom`, the file's git blob
 * hash), so a changed English file makes it stale. Facts must survive
 * translation: the same inline code spans, numbers, URLs and `{obs:}`
 * references in every item, and the same number of list items.
 */
import { createHash } from 'node:crypto';

/** The prose collections that are translated, with the fields a translation carries (`[]` marks a list of objects). */
export const TRANSLATED_FIELDS = {
  codes: [
    'summary',
    'definedIn',
    'reconnectNote',
    'description',
    'whenItHappens',
    'remediation',
    'samples[].title',
    'references[].title',
  ],
  pairs: ['tagline', 'keyDifferences', 'tellApart', 'whenToUse'],
  ranges: ['title', 'summary', 'purpose', 'whoMayUse', 'onReceipt', 'references[].title'],
  protocols: ['summary', 'codes[].meaning', 'codes[].reconnectNote'],
  // Names, versions, constants, message templates and source lines are facts read from the source: they stay English.
  stacks: ['notes[].text', 'unreadable'],
} as const;
/** Fields a translation writes for its own readers rather than translating (search phrases): no facts to compare. */
export const LOCAL_FIELDS: Partial<Record<TranslatedCollection, readonly string[]>> = {
  codes: ['keywords'],
};

/** A translated collection. */
export type TranslatedCollection = keyof typeof TRANSLATED_FIELDS;

/** The git blob hash of a file's text, as `git hash-object` prints it: what `translatedFrom` records. */
export function sourceHash(text: string): string {
  const body = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${body.length}\0`).update(body).digest('hex');
}

/** The facts of one piece of prose that a translation must carry over unchanged. */
export interface ProseFacts {
  /** Inline code spans, without their backticks. */
  code: string[];
  /** Numbers, including dotted section numbers such as 7.1.5. */
  numbers: string[];
  /** Absolute URLs. */
  urls: string[];
  /** `{obs:…}` references to lab measurements. */
  observations: string[];
}

const sorted = (items: Iterable<string>) => [...items].sort();

/** The facts of `text`, each list sorted so that word order may change in translation. */
export function proseFacts(text: string): ProseFacts {
  return {
    code: sorted([...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)),
    numbers: sorted(text.match(/\d+(?:\.\d+)*/g) ?? []),
    urls: sorted(text.match(/https?:\/\/[^\s"'<>)]+/g) ?? []),
    observations: sorted(text.match(/\{obs:[^}]+\}/g) ?? []),
  };
}

/** How the facts of `translated` differ from those of `english`, one line per kind of fact; empty when they agree. */
export function factDifferences(english: string, translated: string): string[] {
  const want = proseFacts(english);
  const got = proseFacts(translated);
  return (Object.keys(want) as (keyof ProseFacts)[])
    .filter((kind) => want[kind].join('\n') !== got[kind].join('\n'))
    .map((kind) => `${kind} differ: English [${want[kind].join(', ')}], translation [${got[kind].join(', ')}]`);
}

/** The texts of `field` in an entry, one per item (`a[].b` reads `b` of each item of list `a`; absent items are `undefined`). */
export function fieldTexts(entry: Record<string, unknown>, field: string): (string | undefined)[] | undefined {
  const [list, key] = field.split('[].');
  const value = entry[list!];
  if (value === undefined) return undefined;
  if (key)
    return Array.isArray(value)
      ? value.map((item) => (item as Record<string, unknown>)[key] as string | undefined)
      : undefined;
  return Array.isArray(value) ? (value as string[]) : [value as string];
}

/**
 * Everything wrong with a translation of one English file: stale, a field or
 * item missing or extra, or an item whose facts differ. Empty when it is sound.
 */
export function translationProblems(
  collection: TranslatedCollection,
  english: { raw: string; data: Record<string, unknown> },
  translated: Record<string, unknown>,
): string[] {
  const problems: string[] = [];
  if (translated['translatedFrom'] !== sourceHash(english.raw))
    problems.push('stale: the English file changed since it was translated (translatedFrom differs)');
  for (const field of TRANSLATED_FIELDS[collection]) {
    const source = fieldTexts(english.data, field);
    const target = fieldTexts(translated, field);
    if (source === undefined) {
      if (target !== undefined) problems.push(`${field}: not in the English`);
      continue;
    }
    if (target === undefined || target.length !== source.length) {
      problems.push(`${field}: ${target?.length ?? 0} items, the English has ${source.length}`);
      continue;
    }
    source.forEach((text, i) => {
      if (text === undefined) {
        if (target[i] !== undefined) problems.push(`${field}[${i}]: not in the English`);
        return;
      }
      if (!target[i]) return void problems.push(`${field}[${i}]: missing`);
      for (const difference of factDifferences(text, target[i]!)) problems.push(`${field}[${i}]: ${difference}`);
    });
  }
  return problems;
}

/**
 * The English entry with the translated fields of `translated` in place of its
 * own: everything else (numbers, lab references, samples' code, links) stays
 * the English entry's, so facts are shared, not copied.
 */
export function applyTranslation<T extends Record<string, unknown>>(
  collection: TranslatedCollection,
  english: T,
  translated: Record<string, unknown>,
): T {
  const merged: Record<string, unknown> = { ...english };
  for (const field of [...TRANSLATED_FIELDS[collection], ...(LOCAL_FIELDS[collection] ?? [])]) {
    const [list, key] = field.split('[].') as [string, string | undefined];
    const value = translated[list];
    if (value === undefined) continue;
    if (!key) merged[list] = value;
    else if (Array.isArray(merged[list]) && Array.isArray(value))
      merged[list] = (merged[list] as Record<string, unknown>[]).map((item, i) => {
        const text = (value[i] as Record<string, unknown> | undefined)?.[key];
        return text === undefined ? item : { ...item, [key]: text };
      });
  }
  // The cast is sound: only string fields and list items of the English entry were replaced by strings.
  return merged as T;
}
