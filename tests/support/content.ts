/** The real content files, read the way the site does (one reader, `src/model/readContent.ts`), for tests outside Astro. */
import type { Sourced } from '../../src/model/checkCatalog.ts';
import type { CloseCode } from '../../src/model/codeSchema.ts';
import type { PairText } from '../../src/model/pairSchema.ts';
import type { Protocol } from '../../src/model/protocolSchema.ts';
import { PROJECT_ROOT, readCollection } from '../../src/model/readContent.ts';

/** The project root, absolute, with a trailing slash. */
export const ROOT = PROJECT_ROOT;

/** Every code file, schema-parsed (throws on an invalid one). */
export const loadCodes = (): Sourced<CloseCode>[] => readCollection('codes');

/** Every pair file, schema-parsed (throws on an invalid one). */
export const loadPairs = (): Sourced<PairText>[] => readCollection('pairs');

/** Every protocol file, schema-parsed (throws on an invalid one). */
export const loadProtocols = (): Sourced<Protocol>[] => readCollection('protocols');
