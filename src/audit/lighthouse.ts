/**
 * Lighthouse over the real server: one page of each kind that matters, in
 * Lighthouse's mobile and desktop form factors, each in a fresh system
 * Chromium. Nothing here downloads a browser.
 */
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { startServer } from '../build/startServer.ts';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../lab/clients/systemChromium.ts';
import { clientsPath, codePath, comparePath, homePath } from '../routing/routes.ts';

type AuditResult = Result['audits'][string];
type TableCell = Extract<NonNullable<AuditResult['details']>, { type: 'table' }>['items'][number][string];
type NodeCell = Extract<TableCell, { type: 'node' }>;

/** The pages audited: the home page, a code page, a compare page and the clients page, and the Korean code page. */
export const AUDITED_PAGES: readonly string[] = [
  homePath(),
  codePath(1006),
  comparePath(1006, 1015),
  clientsPath(),
  codePath(1006, 'ko'),
];

/** Lighthouse's two form factors; desktop uses Lighthouse's own desktop config. */
export const FORM_FACTORS = ['mobile', 'desktop'] as const;

/** A Lighthouse form factor. */
export type FormFactor = (typeof FORM_FACTORS)[number];

/** The four categories reported, in Lighthouse's order. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** A Lighthouse category id. */
export type Category = (typeof CATEGORIES)[number];

/** An audit that lowered its category's score. */
export interface FailingAudit {
  /** Lighthouse's audit id, e.g. `button-name`. */
  id: string;
  /** Lighthouse's title for it. */
  title: string;
  /** Lighthouse's short value, e.g. `2.1 s` for a metric, when it has one. */
  displayValue?: string;
  /** Each offending item: an element's selector and Lighthouse's explanation, or the item's text. */
  items: string[];
}

/** What one Lighthouse run found. */
export interface LighthouseRun {
  /** The page's path. */
  path: string;
  /** The form factor it ran in. */
  formFactor: FormFactor;
  /** Each category's score, 0 to 100. */
  scores: Record<Category, number>;
  /** The weighted audits scoring under 1 in each category. */
  failing: Record<Category, FailingAudit[]>;
}

/** Every page in every form factor, in the order they run. */
export function auditRuns(): { path: string; formFactor: FormFactor }[] {
  return AUDITED_PAGES.flatMap((path) => FORM_FACTORS.map((formFactor) => ({ path, formFactor })));
}

/**
 * Run Lighthouse on `origin` + `path` in a fresh Chromium, closed when the run ends
 * or when `signal` aborts (a test's timeout), so no browser outlives its run.
 */
export async function auditPage(
  origin: string,
  path: string,
  formFactor: FormFactor,
  { signal }: { signal?: AbortSignal } = {},
): Promise<LighthouseRun> {
  if (!SYSTEM_CHROMIUM)
    throw new Error("Lighthouse needs Debian's chromium at /usr/bin/chromium; nothing downloads one");
  const browser = await puppeteer.launch({
    executablePath: SYSTEM_CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    // Lighthouse sets the viewport of each form factor itself.
    defaultViewport: null,
  });
  const close = () => void browser.close();
  signal?.addEventListener('abort', close, { once: true });
  try {
    const page = await browser.newPage();
    const result = await lighthouse(
      new URL(path, origin).href,
      { logLevel: 'error', onlyCategories: [...CATEGORIES] },
      formFactor === 'desktop' ? desktopConfig : undefined,
      page,
    );
    if (!result) throw new Error(`Lighthouse returned no result for ${path} (${formFactor})`);
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${path} (${formFactor}): ${lhr.runtimeError.message}`);
    return {
      path,
      formFactor,
      // A category Lighthouse could not score (score null) is reported as 0, never as passing.
      scores: perCategory((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100)),
      failing: perCategory((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .flatMap((ref) => lhr.audits[ref.id] ?? [])
          .filter((audit) => audit.score !== null && audit.score < 1)
          .map(describe),
      ),
    };
  } finally {
    signal?.removeEventListener('abort', close);
    await browser.close();
  }
}

/** Start the real server, audit every page in both form factors one after another, then stop it. */
export async function auditSite(onRun?: (run: LighthouseRun) => void): Promise<LighthouseRun[]> {
  const server = await startServer({ DEMO_LOG: '0' });
  try {
    const runs: LighthouseRun[] = [];
    for (const { path, formFactor } of auditRuns()) {
      const run = await auditPage(server.origin, path, formFactor);
      onRun?.(run);
      runs.push(run);
    }
    return runs;
  } finally {
    await server.stop();
  }
}

/** A record of `value` for each category. */
function perCategory<T>(value: (category: Category) => T): Record<Category, T> {
  // Object.fromEntries types its keys as string; CATEGORIES lists every key.
  return Object.fromEntries(CATEGORIES.map((category) => [category, value(category)])) as Record<Category, T>;
}

/** One failing audit, with what it points at. */
function describe(audit: AuditResult): FailingAudit {
  const details = audit.details;
  const rows = details && (details.type === 'table' || details.type === 'opportunity') ? details.items : [];
  return {
    id: audit.id,
    title: audit.title,
    ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
    items: rows.map((row) => {
      const node = Object.values(row).find(isNode);
      // Explanations come as several lines ("Fix any of the following:", then one reason a line): one line here.
      if (node)
        return `${node.selector ?? node.nodeLabel ?? '?'}: ${(node.explanation ?? node.snippet ?? '').replace(/\s*\n\s*/g, ' / ')}`;
      return Object.values(row)
        .filter((value) => typeof value === 'string')
        .join(' · ');
    }),
  };
}

/** Whether a table cell is an element Lighthouse points at. */
function isNode(value: TableCell): value is NodeCell {
  return typeof value === 'object' && value !== null && 'type' in value && value.type === 'node';
}
