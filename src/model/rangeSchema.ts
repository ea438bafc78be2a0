import { z } from 'astro/zod';
import { referenceSchema } from './codeSchema.ts';

/** A range of close codes with its own page: `content/ranges/<from>-<to>.yaml`. */
export const rangeSchema = z
  .object({
    /** Lowest code of the range. */
    from: z.number().int().min(0),
    /** Highest code of the range. */
    to: z.number().int().max(4999),
    /** Short title, e.g. "Private use". */
    title: z.string().min(3),
    /** One sentence for lists and the meta description. */
    summary: z.string().min(20),
    /** What the range is for (paragraphs). */
    purpose: z.array(z.string().min(20)).min(1),
    /** Who may use codes from it, and how they get one. */
    whoMayUse: z.array(z.string().min(20)).min(1),
    /** What the specs say a client does when it receives a code from it. */
    onReceipt: z.array(z.string().min(20)).min(1),
    /** Primary sources. */
    references: z.array(referenceSchema).min(1),
    /** Search phrases. */
    keywords: z.array(z.string()).default([]),
  })
  .refine((r) => r.from <= r.to, { message: 'from must not exceed to', path: ['from'] });
/** A range of close codes with its own page. */
export type CodeRangePage = z.infer<typeof rangeSchema>;
