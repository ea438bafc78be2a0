/**
 * Security headers for every HTTP response of `npm start`. The CSP allows
 * exactly the inline scripts the build produced (by hash), Pagefind's
 * WebAssembly, and the demo's sockets.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BASE_SECURITY_HEADERS } from '../http/reply.ts';
import { inlineScripts, walk } from '../build/files.ts';

/** `'sha256-…'` sources for every distinct inline script in the built site. */
export function inlineScriptHashes(distDir: string): string[] {
  const hashes = new Set<string>();
  for (const file of walk(distDir, ['pagefind']).filter((f) => f.endsWith('.html'))) {
    for (const script of inlineScripts(readFileSync(path.join(distDir, file), 'utf8')))
      hashes.add(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
  }
  return [...hashes].sort();
}

/** Headers for an instance that serves only the demo's JSON and sockets (`DEMO_ONLY`): nothing may load or frame it. */
export const DEMO_ONLY_SECURITY_HEADERS: Record<string, string> = {
  ...BASE_SECURITY_HEADERS,
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};

/** Builds the headers for a request, given where the demo's extra sockets live. */
export function createSecurityHeaders(
  scriptHashes: readonly string[],
  connectExtra: (hostname: string) => string[],
): (hostname: string) => Record<string, string> {
  return (hostname) => {
    const csp = [
      "default-src 'self'",
      `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
      // No inline styles: pages carry no style attributes or <style> elements (tests/dist/codeHighlight.test.ts).
      "style-src 'self'",
      "img-src 'self' data:",
      `connect-src 'self' ${connectExtra(hostname).join(' ')}`.trim(),
      "worker-src 'self' blob:",
      "frame-src 'self'",
      "frame-ancestors 'self'",
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'none'",
    ].join('; ');
    return { ...BASE_SECURITY_HEADERS, 'Content-Security-Policy': csp };
  };
}
