/** Lighthouse runs as Markdown: the score table, then what each failing audit points at. */
import { CATEGORIES, type Category, type LighthouseRun } from './lighthouse.ts';

/** One row per page and form factor: the four scores, and the failing audits' ids of any category under 100. */
export function scoreTable(runs: readonly LighthouseRun[]): string {
  const header = ['Page', 'Form factor', ...CATEGORIES, 'Failing audits'];
  const rows = runs.map((run) => [
    `\`${run.path}\``,
    run.formFactor,
    ...CATEGORIES.map((category) => String(run.scores[category])),
    failingIds(run).join('; ') || '—',
  ]);
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Each failing audit of each run in `categories`, with Lighthouse's value and the elements or items it names. */
export function failureDetails(runs: readonly LighthouseRun[], categories: readonly Category[] = CATEGORIES): string {
  return runs
    .flatMap((run) =>
      categories.flatMap((category) =>
        run.failing[category].map((audit) =>
          [
            `- \`${run.path}\` ${run.formFactor}, ${category}: \`${audit.id}\` (${audit.title})${audit.displayValue ? `: ${audit.displayValue}` : ''}`,
            ...audit.items.map((item) => `  - ${item}`),
          ].join('\n'),
        ),
      ),
    )
    .join('\n');
}

/** `category: id, id` for each category of a run under 100. */
function failingIds(run: LighthouseRun): string[] {
  return CATEGORIES.filter((category) => run.scores[category] < 100).map(
    (category) => `${category}: ${run.failing[category].map((audit) => audit.id).join(', ') || '?'}`,
  );
}
