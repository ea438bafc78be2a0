import type { AstroIntegration } from 'astro';
import { cardStats } from './ogCard.ts';

/** Prints how many Open Graph cards the build produced, how many came from the cache, and the time. */
export function ogStatsIntegration(): AstroIntegration {
  return {
    name: 'wscc:og-stats',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const s = cardStats();
        logger.info(
          `Open Graph cards: ${s.rendered + s.cached} (${s.rendered} rendered, ${s.cached} from cache) in ${Math.round(s.ms)} ms.`,
        );
      },
    },
  };
}
