/** Reading the built site from disk: the one directory walker and the one inline-script pattern. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, relative to it, with forward slashes; directories named in `skip` are left out. */
export function walk(dir: string, skip: readonly string[] = [], base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (!statSync(full).isDirectory()) return [path.relative(base, full).split(path.sep).join('/')];
    return skip.includes(name) ? [] : walk(full, skip, base);
  });
}

/** An inline `<script>` (one without `src`); group 1 is its text. */
export const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The text of every inline script in an HTML document. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map((m) => m[1]!);
}
