/**
 * The shape of `/codes.json`: these types build the file, and the API page
 * shows this whole file as the documentation of its shape.
 */
import type { Protocol, ProtocolCode } from './protocolSchema.ts';
import type { CodeRange } from '../rules/closeCodeRules.ts';
import type { CloseCode } from './codeSchema.ts';

/** Bumped whenever a field of `/codes.json` changes meaning or is removed. */
export const CODES_JSON_VERSION = 1;

/** One code in `/codes.json`: the content entry plus the facts derived from the specs. */
export type CodesJsonCode = Omit<CloseCode, 'samples' | 'keywords'> & {
  /** What sourced protocols mean by the same number, if any. */
  meanings: CodesJsonMeaning[];
  /** The range the code falls in (RFC 6455 §7.4.2). */
  range: CodeRange;
  /** Whether page JavaScript may pass it to `WebSocket.close()` (WHATWG). */
  fromPageClose: boolean;
  /** What each stack's source calls it (see `/stacks.json`), for the stacks that name it. */
  stacks: CodesJsonStackName[];
  /** Absolute URL of the code's page. */
  url: string;
};

/** One stack's name for a code, in `/codes.json`. */
export interface CodesJsonStackName {
  /** The stack's id in `/stacks.json`. */
  stack: string;
  /** The constant or enum member, verbatim. */
  name: string;
  /** Permalink to the line that defines it, at the stack's pinned commit. */
  source: string;
}

/** What one protocol means by a code, in `/codes.json`. */
export interface CodesJsonMeaning {
  /** The protocol's slug (`/protocols/<slug>/`). */
  protocol: string;
  /** The protocol's own name for the code. */
  name: string;
  /** What it means there. */
  meaning: string;
  /** Who sends it there. */
  sender: ProtocolCode['sender'];
  /** Reconnect advice there. */
  reconnect: ProtocolCode['reconnect'];
}

/** A code only protocols define (no content entry of its own), in `/codes.json`. */
export interface CodesJsonProtocolCode {
  /** The code. */
  code: number;
  /** The range it falls in. */
  range: CodeRange;
  /** Whether page JavaScript may pass it to `WebSocket.close()`. */
  fromPageClose: boolean;
  /** Each sourced protocol's meaning. */
  meanings: CodesJsonMeaning[];
  /** Absolute URL of the code's page. */
  url: string;
}

/** A protocol in `/codes.json`, with its sources. */
export type CodesJsonProtocol = Protocol & {
  /** Slug. */
  slug: string;
  /** Absolute URL of its page. */
  url: string;
};

/** One comparison in `/codes.json`. */
export interface CodesJsonPair {
  /** The lower code. */
  a: number;
  /** The higher code. */
  b: number;
  /** The line that tells them apart. */
  tagline: string;
  /** Absolute URL of the comparison page. */
  url: string;
}

/** The whole document served at `/codes.json`. */
export interface CodesJson {
  /** Shape version; see `CODES_JSON_VERSION`. */
  version: number;
  /** Every code, ascending. */
  codes: CodesJsonCode[];
  /** Codes that only protocols define, ascending. */
  protocolCodes: CodesJsonProtocolCode[];
  /** The protocols and services whose codes are included. */
  protocols: CodesJsonProtocol[];
  /** Every comparison page, lower code first. */
  pairs: CodesJsonPair[];
}
