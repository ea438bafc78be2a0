/** Reads the real content files the way the site does, for tests that run outside Astro. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { codeSchema, type CloseCode } from '../../src/model/codeSchema.ts';
import { pairSchema, type PairText } from '../../src/model/pairSchema.ts';
import { protocolSchema, type Protocol } from '../../src/model/protocolSchema.ts';
import type { Sourced } from '../../src/model/checkCatalog.ts';

/** The project root, absolute, with a trailing slash. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function readDir<T>(dir: string, parseOne: (data: unknown) => T): Sourced<T>[] {
  return readdirSync(`${ROOT}${dir}`)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const file = `${dir}/${f}`;
      return { file, data: parseOne(parse(readFileSync(`${ROOT}${file}`, 'utf8'))) };
    });
}

/** Every code file, schema-parsed (throws on an invalid one). */
export function loadCodes(): Sourced<CloseCode>[] {
  return readDir('content/codes', (d) => codeSchema.parse(d));
}

/** Every pair file, schema-parsed (throws on an invalid one). */
export function loadPairs(): Sourced<PairText>[] {
  return readDir('content/pairs', (d) => pairSchema.parse(d));
}

/** Every protocol file, schema-parsed (throws on an invalid one). */
export function loadProtocols(): Sourced<Protocol>[] {
  return readDir('content/protocols', (d) => protocolSchema.parse(d));
}
