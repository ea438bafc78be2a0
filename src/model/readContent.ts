/** Reads the content files from disk the way the site's content layer does, for Node tools and tests outside Astro. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { clientObservationsSchema, type ClientObservations } from '../observations/observationSchema.ts';
import type { Sourced } from './checkCatalog.ts';
import { codeSchema } from './codeSchema.ts';
import { pairSchema } from './pairSchema.ts';
import { protocolSchema } from './protocolSchema.ts';
import { rangeSchema } from './rangeSchema.ts';
import { stackSchema, type Stack } from '../stacks/stackSchema.ts';

/** The project root, absolute, with a trailing slash. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The prose collections and their schemas, by folder under `content/`. */
export const PROSE_COLLECTIONS = {
  codes: codeSchema,
  pairs: pairSchema,
  protocols: protocolSchema,
  ranges: rangeSchema,
} as const;

/** Every file of a collection, schema-parsed (throws naming the file on an invalid one). */
export function readCollection<K extends keyof typeof PROSE_COLLECTIONS>(
  dir: K,
  root = PROJECT_ROOT,
): Sourced<z.infer<(typeof PROSE_COLLECTIONS)[K]>>[] {
  return readdirSync(`${root}content/${dir}`)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const file = `content/${dir}/${f}`;
      const parsed = PROSE_COLLECTIONS[dir].safeParse(parse(readFileSync(`${root}${file}`, 'utf8')));
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
      return { file, data: parsed.data as z.infer<(typeof PROSE_COLLECTIONS)[K]> };
    });
}

/** Every committed client file in `content/observations/`. */
export function readObservations(root = PROJECT_ROOT): ClientObservations[] {
  return readdirSync(`${root}content/observations`)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => clientObservationsSchema.parse(JSON.parse(readFileSync(`${root}content/observations/${f}`, 'utf8'))));
}

/** Every stack in `content/stacks/`, with its id (the file name), schema-parsed (throws naming the file). */
export function readStacks(root = PROJECT_ROOT): (Stack & { id: string })[] {
  return readdirSync(`${root}content/stacks`)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const parsed = stackSchema.safeParse(parse(readFileSync(`${root}content/stacks/${f}`, 'utf8')));
      if (!parsed.success) throw new Error(`content/stacks/${f}: ${parsed.error.message}`);
      return { id: f.replace(/\.yaml$/, ''), ...parsed.data };
    });
}
