/**
 * WebKitGTK's MiniBrowser, driven through `WebKitWebDriver` (Debian
 * `webkit2gtk-driver`) under Xvfb (`xvfb-run -a`), with the W3C WebDriver
 * client from `selenium-webdriver`. This is WebKitGTK, not Safari.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Builder, Capabilities } from 'selenium-webdriver';
import { hostPlatform, type LabClient } from '../labClient.ts';
import { probeScript } from '../probeBundle.ts';
import { freePort } from '../../build/freePort.ts';
import { runInPage } from './browserPage.ts';

const DRIVER = '/usr/bin/WebKitWebDriver';
const XVFB_RUN = '/usr/bin/xvfb-run';
const MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
].find((p) => existsSync(p));

async function waitForDriver(port: number, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

/** Stop xvfb-run and everything under it (Xvfb, the driver, MiniBrowser and its helper processes). */
async function killGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 2000);
  await exited;
  clearTimeout(timer);
  // Helpers that outlive xvfb-run are still in its process group.
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // none left
  }
}

export const webkitgtkClient: LabClient = {
  id: 'webkitgtk',
  missing: () => {
    if (!existsSync(DRIVER)) return `${DRIVER} not found (Debian package webkit2gtk-driver)`;
    if (!existsSync(XVFB_RUN)) return `${XVFB_RUN} not found (Debian package xvfb)`;
    if (!MINIBROWSER) return 'MiniBrowser not found (Debian package webkit2gtk-driver pulls it in)';
    return undefined;
  },
  supports: () => true,
  async open(env) {
    const probe = await probeScript();
    const port = await freePort();
    // Its own process group, so closing kills Xvfb and every WebKit process with it.
    const child = spawn(XVFB_RUN, ['-a', DRIVER, `--port=${port}`], { detached: true, stdio: 'ignore', env });
    try {
      await waitForDriver(port, child);
      const capabilities = new Capabilities();
      capabilities.setBrowserName('MiniBrowser');
      capabilities.set('webkitgtk:browserOptions', { binary: MINIBROWSER, args: ['--automation'] });
      const driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(capabilities).build();
      const version = String((await driver.getCapabilities()).get('browserVersion'));
      return {
        identity: {
          id: 'webkitgtk',
          name: 'WebKitGTK MiniBrowser (not Safari)',
          version,
          platform: hostPlatform(),
          driven:
            "WebKitGTK's MiniBrowser under Xvfb, driven by WebKitWebDriver (W3C WebDriver, through selenium-webdriver); the lab page runs each scenario with the page's own WebSocket. WebKitWebDriver exposes no console log, so no console lines are recorded for it.",
        },
        run: runInPage(
          {
            goto: (url) => driver.get(url),
            inject: (script) => driver.executeScript(script),
            // The expression is written into an async script (not eval'd, which the page's CSP forbids).
            evaluate: (expression) =>
              driver.executeAsyncScript(
                `const done = arguments[arguments.length - 1]; Promise.resolve(${expression}).then(done, (e) => done({ error: String(e) }));`,
              ),
          },
          probe,
        ),
        async close() {
          await driver.quit().catch(() => undefined);
          await killGroup(child);
        },
      };
    } catch (error) {
      await killGroup(child);
      throw error;
    }
  },
};
