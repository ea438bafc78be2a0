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
  /** The console lines (and uncaught errors) logged since the last call; absent where the driver exposes none. */
  takeConsole?(): string[];
}

/** Console lines can arrive just after the run's promise settles: wait this long before taking them. */
const CONSOLE_SETTLE_MS = 150;

/** Collects console lines from page events, for `PageDriver.takeConsole`. */
export function consoleCollector(): { push(line: string): void; take(): string[] } {
  let lines: string[] = [];
  return {
    push: (line) => void lines.push(line),
    take: () => {
      const taken = lines;
      lines = [];
      return taken;
    },
  };
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
      // What loading the page logged (a favicon's 404, say) belongs to no run.
      await new Promise((resolve) => setTimeout(resolve, CONSOLE_SETTLE_MS));
    }
    driver.takeConsole?.();
    const result = asRunResult(await driver.evaluate(probeCall(scenario.id)));
    if (!driver.takeConsole) return result;
    await new Promise((resolve) => setTimeout(resolve, CONSOLE_SETTLE_MS));
    const logged = driver.takeConsole().map((text) => ({ via: 'console' as const, text }));
    return { ...result, messages: [...result.messages, ...logged] };
  };
}

/**
 * A Playwright or Puppeteer page as a `PageDriver`: both evaluate a string as
 * a script and await its promise. `listen` subscribes to the page's console
 * lines and uncaught errors, whose event types differ between the two.
 */
export function pageDriver(
  page: { goto(url: string): Promise<unknown>; evaluate(script: string): Promise<unknown> },
  listen: (log: (line: string) => void) => void,
): PageDriver {
  const logged = consoleCollector();
  listen(logged.push);
  return {
    goto: (url) => page.goto(url),
    inject: (script) => page.evaluate(script),
    evaluate: (expression) => page.evaluate(expression),
    takeConsole: logged.take,
  };
}
