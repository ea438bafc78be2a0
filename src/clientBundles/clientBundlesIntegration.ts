import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLIENT_ENTRIES, getClientBundle, resetClientBundles, type ClientEntry } from './clientBundle.ts';
import { LOCALES } from '../i18n/localePaths.ts';

const names = Object.keys(CLIENT_ENTRIES) as ClientEntry[];
/** Every bundle: each entry in each locale. */
const bundles = () => names.flatMap((name) => LOCALES.map((locale) => getClientBundle(name, locale)));

/** Writes the client bundles into the build, and serves them in `astro dev`. */
export function clientBundlesIntegration(): AstroIntegration {
  return {
    name: 'wscc:client-bundles',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          if (!names.some((n) => req.url?.startsWith(`/_astro/${n}.`))) return next();
          resetClientBundles(); // pick up edits made since the last request
          for (const bundle of await Promise.all(bundles())) {
            if (req.url === bundle.path) {
              res.setHeader('Content-Type', 'text/javascript');
              res.end(bundle.code);
              return;
            }
          }
          next();
        });
      },
      'astro:build:done': async ({ dir }) => {
        for (const bundle of await Promise.all(bundles())) {
          const file = path.join(fileURLToPath(dir), bundle.path);
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, bundle.code);
        }
      },
    },
  };
}
