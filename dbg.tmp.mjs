import { chromium } from 'playwright';
const [url, out, w, scheme, sel] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: Number(w), height: 900 }, colorScheme: scheme });
await p.goto(url);
if (sel) await p.locator(sel).first().screenshot({ path: out }); else await p.screenshot({ path: out });
await b.close();
