/** The stacks collection, loaded once per build for the pages that show it. */
import { getCollection } from 'astro:content';
import type { StackEntry } from './stackQueries.ts';

let cached: Promise<StackEntry[]> | undefined;

/** Every stack, sorted by name (cached per build). */
export function getStacks(): Promise<StackEntry[]> {
  cached ??= getCollection('stacks').then((entries) =>
    entries.map((e) => ({ id: e.id, ...e.data })).sort((a, b) => a.name.localeCompare(b.name)),
  );
  return cached;
}
