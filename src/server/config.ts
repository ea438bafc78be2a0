/** `npm start` settings, from the environment, with the defaults a public server needs. */
import type { LimitOptions } from '../demo/limits.ts';
import { DEFAULT_DEMO_LIMITS } from '../demo/demoServer.ts';
import { MAX_PROXY_HOPS, parseTrustProxy, TRUST_NONE, type ProxyTrust } from '../http/trustProxy.ts';

/** Everything `npm start` can be told. */
export interface ServerConfig {
  /** Site and demo port (`PORT`, default 4321; 0 for any free port). */
  port: number;
  /** Untrusted TLS demo port (`DEMO_TLS_PORT`, default PORT+1; 0 for any; `off` for none). */
  tlsPort: number | null;
  /**
   * The site's public origin (`PUBLIC_ORIGIN`, e.g. `https://example.com`): the CSP and the demo catalog
   * use its host name instead of the request's `Host` header. Unset: a valid `Host` is used, with `Vary: Host`.
   */
  publicOrigin: URL | null;
  /** Extra origins allowed to open demo sockets (`DEMO_ALLOWED_ORIGINS`, comma-separated). */
  allowedOrigins: string[];
  /** Idle demo sockets are closed with 1001 after this (`DEMO_IDLE_MS`, default 60000). */
  idleMs: number;
  /** A request must send its headers, and a TLS client its handshake, within this (`HEADERS_TIMEOUT_MS`, default 10000). */
  headersTimeoutMs: number;
  /** Demo connection caps (`DEMO_MAX_PER_IP`, `DEMO_MAX_SOCKETS`, `DEMO_MAX_RUNS_PER_MINUTE`). */
  limits: LimitOptions;
  /** Write JSON log lines (`DEMO_LOG`: `1`, the default, or `0`). */
  log: boolean;
  /**
   * The reverse proxies whose `X-Forwarded-For` and `X-Forwarded-Proto` are believed (`TRUST_PROXY`: a hop
   * count, or a comma-separated list of CIDR ranges); unset: none.
   */
  trustProxy: ProxyTrust;
  /** Serve only the demo and `/healthz`, with no built site (`DEMO_ONLY`: `1`, or `0`, the default). */
  demoOnly: boolean;
}

/** A setting that cannot be used; its message names the variable and is the one line `npm start` prints. */
export class ConfigError extends Error {}

/** An integer setting in `[min, max]`, or `fallback` when unset. */
function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = /^\d{1,10}$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return value;
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw))
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

function trustProxy(env: NodeJS.ProcessEnv, name: string): ProxyTrust {
  const raw = env[name];
  if (raw === undefined || raw === '') return TRUST_NONE;
  const trust = parseTrustProxy(raw);
  if (trust === null)
    throw new ConfigError(
      `${name} must be a hop count from 0 to ${MAX_PROXY_HOPS} or a comma-separated list of CIDR ranges such as 10.0.0.0/8,::1/128, got "${raw}"`,
    );
  return trust;
}

function origin(env: NodeJS.ProcessEnv, name: string): URL | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  const url = URL.parse(raw);
  if (!url || !/^https?:$/.test(url.protocol) || url.origin !== raw.replace(/\/$/, ''))
    throw new ConfigError(`${name} must be an origin such as https://example.com, got "${raw}"`);
  return url;
}

const PORT_MAX = 65535;
const DAY_MS = 86_400_000;

/** The variable that sets each port, for `readConfig` and for the line a busy port prints. */
export const PORT_VARIABLES = { port: 'PORT', tlsPort: 'DEMO_TLS_PORT' } as const;

/** A port setting: the site's (`port`) or the demo TLS listener's (`tlsPort`). */
export type PortSetting = keyof typeof PORT_VARIABLES;

/**
 * What a failed listen on a configured port means to whoever set it: a `ConfigError` naming the port and its
 * variable when the port is taken or forbidden, otherwise `error` itself.
 */
export function portError(setting: PortSetting, port: number, error: unknown): unknown {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  const reason =
    code === 'EADDRINUSE' ? 'is already in use' : code === 'EACCES' ? 'needs privileges this process lacks' : null;
  if (reason === null) return error;
  const what = setting === 'port' ? `port ${port}` : `port ${port} (the demo's TLS listener)`;
  const fix =
    setting === 'port'
      ? `set ${PORT_VARIABLES.port} to a free port, or 0 for any`
      : `set ${PORT_VARIABLES.tlsPort} (default ${PORT_VARIABLES.port}+1) to a free port, 0 for any, or off`;
  return new ConfigError(`${what} ${reason}; ${fix}`);
}

/** Read the configuration; throws a `ConfigError` naming the variable on a bad value. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = int(env, PORT_VARIABLES.port, 4321, 0, PORT_MAX);
  const tlsPort =
    env[PORT_VARIABLES.tlsPort] === 'off'
      ? null
      : int(env, PORT_VARIABLES.tlsPort, port === 0 ? 0 : port + 1, 0, PORT_MAX);
  return {
    port,
    tlsPort,
    publicOrigin: origin(env, 'PUBLIC_ORIGIN'),
    allowedOrigins: (env['DEMO_ALLOWED_ORIGINS'] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    // Zero would switch the protection off: every timeout is at least 100 ms.
    idleMs: int(env, 'DEMO_IDLE_MS', 60_000, 100, DAY_MS),
    headersTimeoutMs: int(env, 'HEADERS_TIMEOUT_MS', 10_000, 100, 600_000),
    limits: {
      perIpSockets: int(env, 'DEMO_MAX_PER_IP', DEFAULT_DEMO_LIMITS.perIpSockets, 1, 1_000_000),
      globalSockets: int(env, 'DEMO_MAX_SOCKETS', DEFAULT_DEMO_LIMITS.globalSockets, 1, 1_000_000),
      perIpRunsPerMinute: int(env, 'DEMO_MAX_RUNS_PER_MINUTE', DEFAULT_DEMO_LIMITS.perIpRunsPerMinute, 1, 1_000_000),
    },
    log: oneOf(env, 'DEMO_LOG', ['0', '1'], '1') === '1',
    trustProxy: trustProxy(env, 'TRUST_PROXY'),
    demoOnly: oneOf(env, 'DEMO_ONLY', ['0', '1'], '0') === '1',
  };
}
