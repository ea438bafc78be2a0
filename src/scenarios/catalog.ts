import type { SpecSectionId } from './specSections.ts';
import { isCustomCode } from '../rules/closeCodeRules.ts';
/**
 * The scenario catalog: every way the demo server can make a close code
 * happen. One source of truth for the server (which behaviour to run), the
 * widget (which buttons to show), the lab and the tests. Published as
 * `GET /demo/scenarios.json`.
 */

/** The fields of a run that the specs can fix. */
export type SpecField = 'code' | 'wasClean' | 'error' | 'serverReceived';

/** What the page should see, according to RFC 6455 and the WHATWG standard. */
export interface Expected {
  /** The close event's code; `'requested'` when it echoes the custom code asked for; `null` when the specs leave it open. */
  code: number | 'requested' | null;
  /** The close event's `wasClean`; `null` when the specs leave it open. */
  wasClean: boolean | null;
  /** Whether an `error` event fires before `close`. */
  error: boolean | null;
  /**
   * The code a conforming client must put in its Close frame, where a spec
   * fixes it (the page closed with a given code, or the document went away);
   * omitted where it is only advice (an echo is "typical", a failing client
   * SHOULD send an appropriate code).
   */
  serverReceives?: number | 'requested';
  /** One line on why, citing the rule. */
  why: string;
  /** For each field the specs fix, the sections that fix it; a cell that differs links them. */
  cites: Partial<Record<SpecField, readonly SpecSectionId[]>>;
}

/** Data the client sends once the socket is open. */
export interface SendSpec {
  /** Frame type. */
  type: 'text' | 'binary';
  /** Payload size in bytes. */
  bytes: number;
}

/** How the client closes once the socket is open (and after `send`, if any). */
export interface CloseSpec {
  /** The code passed to `close()`; omitted for `close()` with no code. */
  code?: number;
  /** The reason passed to `close()`. */
  reason?: string;
}

/** One scenario of the catalog. */
export interface Scenario {
  /** Stable id; also the path segment in `/demo/ws/<id>`. */
  id: string;
  /** The close code this scenario demonstrates. */
  code: number;
  /** Short title for buttons and tables. */
  title: string;
  /** One line on what happens. */
  description: string;
  /**
   * `same-origin`: `/demo/ws/<id>` on the site's origin; `tls`: the untrusted TLS listener; `frame`: runs inside
   * an iframe that navigates away; `refused`: a port on the demo's host that was just freed, so nothing listens.
   */
  transport: 'same-origin' | 'tls' | 'frame' | 'refused';
  /** Whether `?code=` and `?reason=` choose the close code (3000–4999). */
  custom?: boolean;
  /** Sent by the client after open. */
  send?: SendSpec;
  /** The server's `maxPayload` for this socket, where the scenario is about it; otherwise the demo's default. */
  maxPayload?: number;
  /**
   * How the client closes after open. Where the specs say `close()` throws for these arguments, the runner
   * records what was thrown and then calls `close()` with no arguments, so that the run still ends.
   */
  closeWith?: CloseSpec;
  /** Set when the server refuses the opening handshake, with the HTTP status it answers. */
  handshake?: { status: number };
  /** What the specs say should happen. */
  expected: Expected;
}

/** Where `wasClean` and the `error` event are fixed: the WHATWG steps run when the connection is closed. */
const CLOSE_STEPS: readonly SpecSectionId[] = ['whatwg-close-steps'];

/**
 * A clean close with `code`, which the page reports because it came in the
 * Close frame (`codeFrom`); `clientSends` when the page itself closed with it.
 */
const CLEAN_CLOSE = (
  code: number,
  why: string,
  clientSends = false,
  codeFrom: readonly SpecSectionId[] = ['rfc6455-7.1.5'],
): Expected => ({
  code,
  wasClean: true,
  error: false,
  ...(clientSends ? { serverReceives: code } : {}),
  why,
  cites: {
    code: codeFrom,
    wasClean: CLOSE_STEPS,
    error: CLOSE_STEPS,
    ...(clientSends ? { serverReceived: ['whatwg-close-method'] } : {}),
  },
});
/**
 * The client must fail the connection (`rule` requires it): the page sees an
 * error, then 1006 (no Close frame was received, RFC 6455 §7.1.5), not clean.
 */
const FAILED = (why: string, rule: readonly SpecSectionId[]): Expected => ({
  code: 1006,
  wasClean: false,
  error: true,
  why,
  cites: { code: ['rfc6455-7.1.5', ...rule], wasClean: CLOSE_STEPS, error: [...rule, 'whatwg-close-steps'] },
});
const UNSPECIFIED = (why: string): Expected => ({ code: null, wasClean: null, error: null, why, cites: {} });

/** The message-too-big scenarios' limit, in bytes. */
export const MESSAGE_LIMIT_BYTES = 1024;

/** Codes the server closes with through the `ws` library's `close()`: scenarios `server-close-<code>`. */
export const SERVER_CLOSE_CODES = [1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014] as const;

/** Codes RFC 6455 reserves or forbids on the wire, which the server writes in a raw Close frame: `server-sends-reserved-<code>`. */
export const RESERVED_ON_WIRE_CODES = [1004, 1005, 1006, 1015] as const;

/** Codes from ranges without meaning, written in a raw Close frame: `server-sends-<kind>-<code>`. */
export const RANGE_PROBES = [
  {
    code: 999,
    kind: 'unused',
    why: 'Codes 0–999 are not used (RFC 6455 §7.4.2); the RFC does not say how a receiver reacts.',
  },
  {
    code: 2000,
    kind: 'unassigned',
    why: 'Codes 1016–2999 are reserved but unassigned (RFC 6455 §7.4.2); the RFC does not say how a receiver reacts.',
  },
] as const;

/** A server-close scenario for one code (a function, so the id keeps its literal type). */
function serverClose<C extends number>(code: C) {
  return {
    id: `server-close-${code}` as const,
    code,
    title: `Server closes with ${code}`,
    description: `Right after the handshake the server sends a Close frame with status ${code}.`,
    transport: 'same-origin',
    expected: CLEAN_CLOSE(code, 'The page reports the status code of the Close frame it received (RFC 6455 §7.1.5).'),
  } satisfies Scenario;
}

/** A scenario where the server writes a reserved code in a raw Close frame. */
function sendsReserved<C extends (typeof RESERVED_ON_WIRE_CODES)[number]>(code: C) {
  return {
    id: `server-sends-reserved-${code}` as const,
    code,
    title: `Server sends ${code} on the wire`,
    description: `A raw Close frame carrying ${code}, ${code === 1004 ? 'a code RFC 6455 reserves' : 'a code RFC 6455 says MUST NOT be sent'}.`,
    transport: 'same-origin',
    expected: UNSPECIFIED(
      code === 1004
        ? 'RFC 6455 reserves 1004 but does not say what a receiver must do with it.'
        : `RFC 6455 says ${code} MUST NOT be sent, but not what a receiver does when it arrives.`,
    ),
  } satisfies Scenario;
}

/** A scenario where the server writes a code from a range without meaning in a raw Close frame. */
function sendsRangeProbe<P extends (typeof RANGE_PROBES)[number]>({ code, kind, why }: P) {
  return {
    id: `server-sends-${kind}-${code}` as `server-sends-${P['kind']}-${P['code']}`,
    code,
    title: `Server sends ${kind} code ${code}`,
    description: `A raw Close frame carrying ${code}, a code from the ${kind} range.`,
    transport: 'same-origin',
    expected: UNSPECIFIED(why),
  } satisfies Scenario;
}

/** HTTP statuses the demo answers an opening handshake with: `handshake-<status>`. */
export const REFUSED_HANDSHAKE_STATUSES = [403, 404, 502, 200] as const;

/** A scenario whose server answers the opening handshake with `status` instead of 101. */
function refusedHandshake<S extends (typeof REFUSED_HANDSHAKE_STATUSES)[number]>(status: S) {
  const upgrade = status === 200;
  return {
    id: (upgrade ? 'handshake-200-no-upgrade' : `handshake-${status}`) as S extends 200
      ? 'handshake-200-no-upgrade'
      : `handshake-${S}`,
    code: 1006,
    title: upgrade ? 'Server answers the upgrade with 200' : `Server refuses the upgrade with ${status}`,
    description: upgrade
      ? 'The server answers the opening handshake with HTTP 200 and a JSON body, without switching protocols.'
      : `The server answers the opening handshake with HTTP ${status} and a JSON body.`,
    transport: 'same-origin',
    handshake: { status },
    expected: FAILED(
      'A server response other than 101 fails the connection (RFC 6455 §4.1), and a failed connection is reported as 1006 with an error event (WHATWG).',
      ['rfc6455-4.1', 'whatwg-feedback'],
    ),
  } satisfies Scenario;
}

/** A reason one byte over the 123 a Close frame can carry (UTF-8 bytes). */
export const TOO_LONG_REASON = 'r'.repeat(124);

/** How long the server of `server-no-close-reply` waits, after the client's Close, before it drops TCP. */
export const NO_CLOSE_REPLY_DROP_MS = 300;

/** Default custom close code and reason for the custom scenarios. */
export const DEFAULT_CUSTOM = { code: 4000, reason: 'custom close' } as const;

/** The catalog literal; its element types give the id unions below. */
const CATALOG = [
  ...SERVER_CLOSE_CODES.map(serverClose),
  {
    id: 'server-close-custom',
    code: DEFAULT_CUSTOM.code,
    title: 'Server closes with a custom code',
    description: 'The server closes with the code and reason given in ?code= (3000–4999) and ?reason=.',
    transport: 'same-origin',
    custom: true,
    expected: {
      code: 'requested',
      wasClean: true,
      error: false,
      why: 'Any code in 3000–4999 is passed through to the page unchanged (RFC 6455 §7.4.2).',
      cites: { code: ['rfc6455-7.1.5', 'rfc6455-7.4.2'], wasClean: CLOSE_STEPS, error: CLOSE_STEPS },
    },
  },
  {
    id: 'client-close-1000',
    code: 1000,
    title: 'Page closes with 1000',
    description: 'The page calls close(1000) after open; the server echoes it.',
    transport: 'same-origin',
    closeWith: { code: 1000, reason: 'done' },
    expected: CLEAN_CLOSE(
      1000,
      'close(1000) sends a Close frame with 1000 and the server echoes it (WHATWG close()).',
      true,
    ),
  },
  {
    id: 'client-close-custom',
    code: DEFAULT_CUSTOM.code,
    title: 'Page closes with a custom code',
    description: 'The page calls close() with a code in 3000–4999 and a reason.',
    transport: 'same-origin',
    custom: true,
    closeWith: { code: DEFAULT_CUSTOM.code, reason: DEFAULT_CUSTOM.reason },
    expected: {
      code: 'requested',
      wasClean: true,
      error: false,
      serverReceives: 'requested',
      why: 'close() accepts 1000 and 3000–4999 and sends that code (WHATWG close()).',
      cites: {
        code: ['rfc6455-7.1.5'],
        wasClean: CLOSE_STEPS,
        error: CLOSE_STEPS,
        serverReceived: ['whatwg-close-method'],
      },
    },
  },
  {
    id: 'client-close-nocode',
    code: 1005,
    title: 'Page calls close() with no code',
    description: 'The page calls close() with no arguments: the Close frame has no body, so the server sees 1005.',
    transport: 'same-origin',
    closeWith: {},
    expected: {
      code: 1005,
      wasClean: true,
      error: false,
      serverReceives: 1005,
      why: 'With neither code nor reason, the Close message has no body (WHATWG close()); an empty Close frame means 1005 (RFC 6455 §7.1.5).',
      cites: {
        code: ['rfc6455-7.1.5'],
        wasClean: CLOSE_STEPS,
        error: CLOSE_STEPS,
        serverReceived: ['whatwg-close-method', 'rfc6455-7.1.5'],
      },
    },
  },
  {
    id: 'client-navigate-away',
    code: 1001,
    title: 'Page navigates away',
    description: 'A socket opened in an iframe whose document then navigates away.',
    transport: 'frame',
    expected: {
      code: null,
      wasClean: null,
      error: null,
      serverReceives: 1001,
      why: 'When a document goes away its sockets are closed with 1001 (WHATWG "make disappear").',
      cites: { serverReceived: ['whatwg-make-disappear'] },
    },
  },
  {
    id: 'server-empty-close',
    code: 1005,
    title: 'Server sends an empty Close frame',
    description: 'The server sends a Close frame with no payload.',
    transport: 'same-origin',
    expected: {
      code: 1005,
      wasClean: true,
      error: false,
      why: 'A Close frame without a status code is reported as 1005 (RFC 6455 §7.1.5).',
      cites: { code: ['rfc6455-7.1.5'], wasClean: CLOSE_STEPS, error: CLOSE_STEPS },
    },
  },
  {
    id: 'server-drop-tcp',
    code: 1006,
    title: 'Server drops the TCP connection',
    description: 'The server destroys the TCP connection without sending a Close frame.',
    transport: 'same-origin',
    expected: FAILED(
      'A client whose transport is lost MUST Fail the WebSocket Connection (RFC 6455 §7.2.1), so the WHATWG standard fires error; no Close frame arrived, so the code is 1006 (RFC 6455 §7.1.5).',
      ['rfc6455-7.2.1'],
    ),
  },
  ...RESERVED_ON_WIRE_CODES.map(sendsReserved),
  // One call each, so that each id keeps its own kind and code.
  sendsRangeProbe(RANGE_PROBES[0]),
  sendsRangeProbe(RANGE_PROBES[1]),
  {
    id: 'server-close-3000',
    code: 3000,
    title: 'Server closes with registered code 3000',
    description: 'The server closes with 3000 (Unauthorized), a code registered with IANA in the 3000–3999 range.',
    transport: 'same-origin',
    expected: CLEAN_CLOSE(3000, 'Codes in 3000–3999 reach the page unchanged (RFC 6455 §7.1.5, §7.4.2).', false, [
      'rfc6455-7.1.5',
      'rfc6455-7.4.2',
    ]),
  },
  {
    id: 'server-close-1-byte',
    code: 1002,
    title: 'Server sends a 1-byte Close payload',
    description: 'A Close frame whose body is a single byte, too short for a status code.',
    transport: 'same-origin',
    expected: FAILED(
      'A Close body must start with a 2-byte status code (RFC 6455 §5.5.1); the client fails the connection.',
      ['rfc6455-5.5.1'],
    ),
  },
  {
    id: 'server-invalid-utf8',
    code: 1007,
    title: 'Server sends invalid UTF-8 text',
    description: 'A text frame whose payload is not valid UTF-8.',
    transport: 'same-origin',
    expected: FAILED('Invalid UTF-8 in a text message MUST fail the connection (RFC 6455 §8.1); 1007 is its code.', [
      'rfc6455-8.1',
    ]),
  },
  {
    id: 'server-masked-frame',
    code: 1002,
    title: 'Server sends a masked frame',
    description: 'A text frame with the MASK bit set, which RFC 6455 §5.1 forbids a server to send.',
    transport: 'same-origin',
    expected: FAILED(
      'A client MUST close the connection if it detects a masked frame, and may use 1002 (RFC 6455 §5.1).',
      ['rfc6455-5.1'],
    ),
  },
  {
    id: 'server-reserved-bits',
    code: 1002,
    title: 'Server sets RSV1 without an extension',
    description: 'A text frame with RSV1 set although no extension was negotiated.',
    transport: 'same-origin',
    expected: FAILED('A nonzero RSV bit without a negotiated extension MUST fail the connection (RFC 6455 §5.2).', [
      'rfc6455-5.2',
    ]),
  },
  {
    id: 'message-too-big',
    code: 1009,
    title: 'Message bigger than the server accepts',
    description:
      "The server is a `ws` server with `maxPayload` set to 1 KiB, the way `ws` servers cap messages; the page's script sends 5000 bytes, and `ws` rejects the frame from its header.",
    transport: 'same-origin',
    send: { type: 'binary', bytes: 5000 },
    maxPayload: MESSAGE_LIMIT_BYTES,
    expected: CLEAN_CLOSE(1009, 'The server closes with 1009 Message Too Big (RFC 6455 §7.4.1).'),
  },
  {
    id: 'message-too-big-after-read',
    code: 1009,
    title: 'Message bigger than the app accepts, read first',
    description:
      'The server reads the whole 5000-byte message, then its handler finds it over the 1 KiB limit and closes with 1009 while still reading.',
    transport: 'same-origin',
    send: { type: 'binary', bytes: 5000 },
    expected: CLEAN_CLOSE(1009, 'The server closes with 1009 Message Too Big (RFC 6455 §7.4.1).'),
  },
  {
    id: 'text-to-binary-only',
    code: 1003,
    title: 'Text sent to a binary-only endpoint',
    description: "The endpoint accepts only binary messages; the page's script sends text.",
    transport: 'same-origin',
    send: { type: 'text', bytes: 16 },
    expected: CLEAN_CLOSE(1003, 'An endpoint that cannot accept a type of data closes with 1003 (RFC 6455 §7.4.1).'),
  },
  {
    id: 'policy-violation',
    code: 1008,
    title: 'Message without the required token',
    description: "The endpoint requires every message to start with a token; the page's script sends one without.",
    transport: 'same-origin',
    send: { type: 'text', bytes: 16 },
    expected: CLEAN_CLOSE(1008, 'A message that violates the endpoint\u2019s policy gets 1008 (RFC 6455 §7.4.1).'),
  },
  {
    id: 'internal-error',
    code: 1011,
    title: 'Message handler throws',
    description: "The server's message handler throws; the error handler closes with 1011.",
    transport: 'same-origin',
    send: { type: 'text', bytes: 16 },
    expected: CLEAN_CLOSE(1011, 'An unexpected condition on the server gives 1011 (RFC 6455 §7.4.1).'),
  },
  {
    id: 'bad-gateway',
    code: 1014,
    title: 'Gateway whose upstream refuses',
    description: 'A real tiny proxy accepts the socket, its upstream refuses the connection, and it closes with 1014.',
    transport: 'same-origin',
    expected: CLEAN_CLOSE(
      1014,
      'A gateway that got an invalid response from upstream closes with 1014 (IANA registry).',
      false,
      ['rfc6455-7.1.5', 'iana-registry'],
    ),
  },
  {
    id: 'tls-untrusted',
    code: 1015,
    title: 'Self-signed TLS certificate',
    description: 'A wss:// listener with a self-signed certificate generated at start.',
    transport: 'tls',
    expected: FAILED(
      'The WHATWG standard requires user agents to report 1006, not 1015, for any failure to connect, TLS included.',
      ['whatwg-feedback'],
    ),
  },
  // One call each, so that each id keeps its own status.
  refusedHandshake(REFUSED_HANDSHAKE_STATUSES[0]),
  refusedHandshake(REFUSED_HANDSHAKE_STATUSES[1]),
  refusedHandshake(REFUSED_HANDSHAKE_STATUSES[2]),
  refusedHandshake(REFUSED_HANDSHAKE_STATUSES[3]),
  {
    id: 'connection-refused',
    code: 1006,
    title: 'Nothing listens on the port',
    description:
      'The client connects to a port on the demo host that the server freed at start: the TCP connection is refused.',
    transport: 'refused',
    expected: FAILED(
      'A connection that cannot be opened fails (RFC 6455 §4.1), and a failed connection is reported as 1006 with an error event (WHATWG).',
      ['rfc6455-4.1', 'whatwg-feedback'],
    ),
  },
  {
    id: 'server-no-close-reply',
    code: 1006,
    title: 'Server never answers the page\u2019s Close',
    description: `The page calls close(1000); the server reads the Close frame, never answers it, and drops TCP ${NO_CLOSE_REPLY_DROP_MS} ms later.`,
    transport: 'same-origin',
    closeWith: { code: 1000, reason: 'done' },
    expected: {
      code: 1006,
      wasClean: false,
      error: null,
      serverReceives: 1000,
      why: 'No Close frame came back, so the close code is 1006 (RFC 6455 §7.1.5) and the closing handshake never completed, so the close is not clean (RFC 6455 §7.1.4). Whether an error event fires is left open: RFC 6455 §7.2.1 speaks of an unexpected loss, and this one followed a Close.',
      cites: {
        code: ['rfc6455-7.1.5'],
        wasClean: ['rfc6455-7.1.4', 'whatwg-close-steps'],
        serverReceived: ['whatwg-close-method'],
      },
    },
  },
  {
    id: 'client-close-1001',
    code: 1001,
    title: 'Page calls close(1001)',
    description:
      'The page calls close(1001, "going away"). Where that throws, the runner records the exception and then calls close() with no arguments.',
    transport: 'same-origin',
    closeWith: { code: 1001, reason: 'going away' },
    expected: {
      code: 1005,
      wasClean: true,
      error: false,
      serverReceives: 1005,
      why: 'close() throws an InvalidAccessError for any code other than 1000 or 3000–4999 (WHATWG close()), so no 1001 is sent; the close() with no arguments that follows sends a Close frame without a body, which means 1005 (RFC 6455 §7.1.5).',
      cites: {
        code: ['whatwg-close-method', 'rfc6455-7.1.5'],
        wasClean: CLOSE_STEPS,
        error: CLOSE_STEPS,
        serverReceived: ['whatwg-close-method'],
      },
    },
  },
  {
    id: 'client-close-reason-too-long',
    code: 1000,
    title: 'Page calls close(1000) with a 124-byte reason',
    description:
      'The page calls close(1000, reason) with a reason of 124 bytes, one more than a Close frame can carry. Where that throws, the runner records the exception and then calls close() with no arguments.',
    transport: 'same-origin',
    closeWith: { code: 1000, reason: TOO_LONG_REASON },
    expected: {
      code: 1005,
      wasClean: true,
      error: false,
      serverReceives: 1005,
      why: 'close() throws a SyntaxError when the reason is longer than 123 bytes (WHATWG close()), so nothing is sent; the close() with no arguments that follows sends a Close frame without a body, which means 1005 (RFC 6455 §7.1.5).',
      cites: {
        code: ['whatwg-close-method', 'rfc6455-7.1.5'],
        wasClean: CLOSE_STEPS,
        error: CLOSE_STEPS,
        serverReceived: ['whatwg-close-method'],
      },
    },
  },
  {
    id: 'server-close-4401',
    code: 4401,
    title: 'Server closes with 4401 and a reason',
    description:
      'The server closes with 4401 and the reason "Unauthorized": an application code from the private-use range, with a reason.',
    transport: 'same-origin',
    expected: CLEAN_CLOSE(
      4401,
      'Codes in 4000–4999 reach the page unchanged, with their reason (RFC 6455 §7.1.5, §7.4.2).',
      false,
      ['rfc6455-7.1.5', 'rfc6455-7.4.2'],
    ),
  },
  {
    id: 'echo',
    code: 1000,
    title: 'Echo, then close with 1000',
    description: "The server echoes every message; the page's script sends one, then closes with 1000.",
    transport: 'same-origin',
    send: { type: 'text', bytes: 12 },
    closeWith: { code: 1000, reason: 'echo done' },
    expected: CLEAN_CLOSE(1000, 'A normal close after an echoed message (RFC 6455 §7.4.1).', true),
  },
] as const satisfies readonly Scenario[];

/** A scenario id: a union of the catalog's ids, so a misspelt id does not compile. */
export type ScenarioId = (typeof CATALOG)[number]['id'];

/** Ids of scenarios whose server refuses the handshake (no socket, so no behaviour). */
export type RefusedScenarioId = Extract<(typeof CATALOG)[number], { handshake: object }>['id'];

/** Ids of scenarios whose client never reaches the demo server (nothing listens). */
export type UnreachedScenarioId = Extract<(typeof CATALOG)[number], { transport: 'refused' }>['id'];

/** The whole catalog, in display order. */
export const SCENARIOS: readonly (Scenario & { id: ScenarioId })[] = CATALOG;

/** Ids of scenarios whose server accepts the socket and then acts: each needs a behaviour. */
export type ServedScenarioId = Exclude<ScenarioId, RefusedScenarioId | UnreachedScenarioId>;

const byId = new Map<string, (typeof SCENARIOS)[number]>(SCENARIOS.map((s) => [s.id, s]));

/** The scenario with this id, if any. */
export function scenarioById(id: string): (typeof SCENARIOS)[number] | undefined {
  return byId.get(id);
}

/** The scenarios that demonstrate `code`; without one of its own, a code in 3000–4999 gets the custom scenarios. */
export function scenariosForCode(code: number): Scenario[] {
  const own = SCENARIOS.filter((s) => s.code === code && !s.custom);
  if (own.length === 0 && isCustomCode(code)) return SCENARIOS.filter((s) => s.custom);
  return own;
}

/** Whether a client of `s` reaches a demo socket (so the server needs a behaviour): not when the handshake is refused or nothing listens. */
export function reachesDemoSocket(s: Scenario): boolean {
  return !s.handshake && s.transport !== 'refused';
}

/** The path of a scenario's socket on the demo origin. */
export function socketPath(id: string): string {
  return `/demo/ws/${id}`;
}
