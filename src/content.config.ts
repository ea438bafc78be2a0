import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { clientObservationsSchema } from './observations/observationSchema.ts';
import { PROSE_COLLECTIONS } from './model/readContent.ts';
import { stackSchema } from './stacks/stackSchema.ts';

/** A collection of one file per entry under `content/<dir>/`, validated by `schema`. */
function filesIn<S extends z.ZodType>(dir: string, ext: string, schema: S) {
  return defineCollection({ loader: glob({ pattern: `*.${ext}`, base: `./content/${dir}` }), schema });
}

/**
 * The content collections: codes, pairs, protocols and ranges as YAML (the
 * same folders and schemas the Node tools read through `readContent.ts`), and
 * what each lab client did as JSON: `content/observations/<client>.json`,
 * and what each WebSocket library's source calls each code: `content/stacks/<id>.yaml`.
 */
export const collections = {
  codes: filesIn('codes', 'yaml', PROSE_COLLECTIONS.codes),
  pairs: filesIn('pairs', 'yaml', PROSE_COLLECTIONS.pairs),
  protocols: filesIn('protocols', 'yaml', PROSE_COLLECTIONS.protocols),
  ranges: filesIn('ranges', 'yaml', PROSE_COLLECTIONS.ranges),
  observations: filesIn('observations', 'json', clientObservationsSchema),
  stacks: filesIn('stacks', 'yaml', stackSchema),
};
