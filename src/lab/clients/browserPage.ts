/** What the browser drivers share: where the lab page is, and how to run the probe in it. */
import type { RunResult } from '../../scenarios/runScenario.ts';
import type { LabSession } from '../labClient.ts';
import { LAB_PAGE } from '../../scenarios/sitePaths.ts';

/** A page-side expression that runs a scenario with the injected probe. */
export function probeCall(id: string): string {
  return `globalThis.wsccLab.run(${JSON.stringify(id)})`;
}

/** Check what came back from the page. */
export function asRunResult(value: unknown): RunResult {
  if (!value || typeof value !== 'object' || !('events' in value))
    throw new Error(`the probe returned ${JSON.stringify(value)}`);
  return value as RunResult;
}

/** The little a driver must provide: open a URL, run a script, and evaluate an expression in the page. */
export interface PageDriver {
  /** Navigate to `url` and wait for it to load. */
  goto(url: string): Promise<unknown>;
  /** Run `script` (statements) in the page. */
  inject(script: string): Promise<unknown>;
  /** Evaluate `expression` in the page and await the promise it returns. */
  evaluate(expression: string): Promise<unknown>;
}

/**
 * `LabSession.run` for a browser: load the lab page on the demo's origin
 * once, inject the probe, then run each scenario through it.
 */
export function runInPage(driver: PageDriver, probe: string): LabSession['run'] {
  let loadedFrom = '';
  return async (scenario, origin) => {
    if (loadedFrom !== origin) {
      await driver.goto(`${origin}${LAB_PAGE}`);
      await driver.inject(probe);
      loadedFrom = origin;
    }
    return asRunResult(await driver.evaluate(probeCall(scenario.id)));
  };
}

/** A Playwright or Puppeteer page as a `PageDriver`: both evaluate a string as a script and await its promise. */
export function pageDriver(page: {
  goto(url: string): Promise<unknown>;
  evaluate(script: string): Promise<unknown>;
}): PageDriver {
  return {
    goto: (url) => page.goto(url),
    inject: (script) => page.evaluate(script),
    evaluate: (expression) => page.evaluate(expression),
  };
}
