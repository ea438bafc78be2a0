import { z } from 'astro/zod';

/**
 * Hand-written comparison text for one pair of codes, stored in
 * `content/pairs/<a>-vs-<b>.yaml` with `a < b`.
 */
export const pairSchema = z
  .object({
    /** The lower code of the pair. */
    a: z.number().int(),
    /** The higher code of the pair. */
    b: z.number().int(),
    /** One line that tells the two apart; used as the page's lead and meta description. */
    tagline: z.string().min(30).max(160),
    /** At least three points that really distinguish the two codes (not restated definitions). */
    keyDifferences: z.array(z.string().min(30)).min(3),
    /** How to tell which one you are looking at, in practice (logs, devtools, captures). */
    tellApart: z.array(z.string().min(30)).min(1),
    /** When to use which (or, for codes nobody sends, what each one tells you to do). */
    whenToUse: z.array(z.string().min(30)).min(1),
  })
  .refine((p) => p.a < p.b, { message: 'a must be lower than b', path: ['a'] });
/** Hand-written comparison text for one pair of codes. */
export type PairText = z.infer<typeof pairSchema>;
