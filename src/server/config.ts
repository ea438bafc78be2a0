/** `npm start` settings, from the environment, with the defaults a public server needs. */
import type { LimitOptions } from '../demo/limits.ts';
import { DEFAULT_DEMO_LIMITS } from '../demo/demoServer.ts';

/** Everything `npm start` can be told. */
export interface ServerConfig {
  /** Site and demo port (`PORT`, default 4321; 0 for any free port). */
  port: number;
  /** Untrusted TLS demo port (`DEMO_TLS_PORT`, default PORT+1; 0 for any; `off` for none). */
  tlsPort: number | null;
  /** Extra origins allowed to open demo sockets (`DEMO_ALLOWED_ORIGINS`, comma-separated). */
  allowedOrigins: string[];
  /** Idle demo sockets are closed with 1001 after this (`DEMO_IDLE_MS`, default 60000). */
  idleMs: number;
  /** A request must send its headers within this (`HEADERS_TIMEOUT_MS`, default 10000). */
  headersTimeoutMs: number;
  /** Demo connection caps (`DEMO_MAX_PER_IP`, `DEMO_MAX_SOCKETS`, `DEMO_MAX_RUNS_PER_MINUTE`). */
  limits: LimitOptions;
  /** Write JSON log lines (`DEMO_LOG=0` turns them off). */
  log: boolean;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

/** Read the configuration; throws with the variable's name on a bad value. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = int(env, 'PORT', 4321);
  const tlsRaw = env['DEMO_TLS_PORT'];
  const tlsPort = tlsRaw === 'off' ? null : int(env, 'DEMO_TLS_PORT', port === 0 ? 0 : port + 1);
  return {
    port,
    tlsPort,
    allowedOrigins: (env['DEMO_ALLOWED_ORIGINS'] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    idleMs: int(env, 'DEMO_IDLE_MS', 60_000),
    headersTimeoutMs: int(env, 'HEADERS_TIMEOUT_MS', 10_000),
    limits: {
      perIpSockets: int(env, 'DEMO_MAX_PER_IP', DEFAULT_DEMO_LIMITS.perIpSockets),
      globalSockets: int(env, 'DEMO_MAX_SOCKETS', DEFAULT_DEMO_LIMITS.globalSockets),
      perIpRunsPerMinute: int(env, 'DEMO_MAX_RUNS_PER_MINUTE', DEFAULT_DEMO_LIMITS.perIpRunsPerMinute),
    },
    log: env['DEMO_LOG'] !== '0',
  };
}
