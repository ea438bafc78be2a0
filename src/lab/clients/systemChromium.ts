/** Debian's Chromium and the flags it needs here; shared by the lab and the Playwright end-to-end tests. */
import { existsSync } from 'node:fs';

/** The system Chromium (Debian package `chromium`), if installed. Nothing here ever downloads a browser. */
export const SYSTEM_CHROMIUM: string | undefined = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) =>
  existsSync(p),
);

/**
 * Launch flags: no sandbox (CI runs as root), no GPU, and no background
 * networking, which this machine's closed network would refuse at every start.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
