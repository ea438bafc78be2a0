import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { codeSchema } from './model/codeSchema.ts';
import { pairSchema } from './model/pairSchema.ts';
import { clientObservationsSchema } from './observations/observationSchema.ts';
import { protocolSchema } from './model/protocolSchema.ts';
import { rangeSchema } from './model/rangeSchema.ts';

/** Every close code, one YAML file per code: `content/codes/<code>.yaml`. */
const codes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/codes' }),
  schema: codeSchema,
});

/** Hand-written comparison text, one YAML file per pair: `content/pairs/<a>-vs-<b>.yaml`. */
const pairs = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/pairs' }),
  schema: pairSchema,
});

/** What each client did in each scenario, as measured by `npm run observe`: `content/observations/<client>.json`. */
const observations = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/observations' }),
  schema: clientObservationsSchema,
});

/** Application protocols and services that define close codes: `content/protocols/<slug>.yaml`. */
const protocols = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/protocols' }),
  schema: protocolSchema,
});

/** Ranges of codes with their own page: `content/ranges/<from>-<to>.yaml`. */
const ranges = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/ranges' }),
  schema: rangeSchema,
});

export const collections = { codes, pairs, observations, protocols, ranges };
