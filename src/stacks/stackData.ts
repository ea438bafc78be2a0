/** The stacks collection, loaded once per build and locale for the pages that show it. */
import { getCollection } from 'astro:content';
import type { StackEntry } from './stackQueries.ts';
import { localised } from '../i18n/localisedContent.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/localePaths.ts';

const cached = new Map<Locale, Promise<StackEntry[]>>();

/** Every stack, sorted by name, with its prose (notes, what could not be read) in `locale` (cached per build). */
export function getStacks(locale: Locale = DEFAULT_LOCALE): Promise<StackEntry[]> {
  let stacks = cached.get(locale);
  if (!stacks)
    cached.set(
      locale,
      (stacks = getCollection('stacks').then((entries) =>
        entries
          .map((e) => ({
            id: e.id,
            ...localised('stacks', e.filePath ?? `content/stacks/${e.id}.yaml`, e.data, locale),
          }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      )),
    );
  return stacks;
}
