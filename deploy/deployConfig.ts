/** Settings of the nginx deployment (`node deploy/start.ts`, `npm run deploy:conf`), from the environment. */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../src/server/config.ts';

/** One demo instance behind nginx. */
export interface Instance {
  /** Address nginx reaches it on. */
  host: string;
  /** Its `PORT`. */
  port: number;
}

/** Everything the deployment can be told. */
export interface DeployConfig {
  /** The public origin (`PUBLIC_ORIGIN`, required, `https://…`): redirects point at it, the CSP names its host. */
  publicOrigin: URL;
  /** Certificate chain in PEM (`DEPLOY_TLS_CERT`, required). */
  cert: string;
  /** Its private key in PEM (`DEPLOY_TLS_KEY`, required). */
  key: string;
  /** Address nginx listens on (`DEPLOY_LISTEN`; unset: every address). */
  listen: string | null;
  /** HTTPS port (`DEPLOY_HTTPS_PORT`; default: the public origin's port, 443). */
  httpsPort: number;
  /** Port that redirects plain HTTP to the public origin (`DEPLOY_HTTP_PORT`, default 80; `off` for none). */
  httpPort: number | null;
  /** The demo instances: `DEPLOY_INSTANCES` of them (default 2), on 127.0.0.1 from `DEPLOY_INSTANCE_PORT` (4401) up. */
  instances: Instance[];
}

/** The environment variables of the deployment, for messages. */
export const DEPLOY_VARIABLES = {
  cert: 'DEPLOY_TLS_CERT',
  key: 'DEPLOY_TLS_KEY',
  listen: 'DEPLOY_LISTEN',
  httpsPort: 'DEPLOY_HTTPS_PORT',
  httpPort: 'DEPLOY_HTTP_PORT',
  instances: 'DEPLOY_INSTANCES',
  instancePort: 'DEPLOY_INSTANCE_PORT',
} as const;

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) < min || Number(raw) > max)
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return Number(raw);
}

/** A PEM file nginx will read: it must exist and be readable now, or nginx fails later with a longer story. */
function pemFile(env: NodeJS.ProcessEnv, name: string): string {
  const raw = env[name];
  if (!raw) throw new ConfigError(`${name} must name a PEM file (the TLS certificate chain or its key)`);
  const file = path.resolve(raw);
  try {
    accessSync(file, constants.R_OK);
  } catch {
    throw new ConfigError(`${name}: cannot read ${file}`);
  }
  return file;
}

/** Read the deployment's settings; throws a `ConfigError` naming the variable on a bad or missing value. */
export function readDeployConfig(env: NodeJS.ProcessEnv = process.env): DeployConfig {
  const publicOrigin = URL.parse(env['PUBLIC_ORIGIN'] ?? '');
  if (!publicOrigin || publicOrigin.protocol !== 'https:' || publicOrigin.origin !== env['PUBLIC_ORIGIN'])
    throw new ConfigError(
      `PUBLIC_ORIGIN must be the site's https origin, such as https://example.com, got "${env['PUBLIC_ORIGIN'] ?? ''}"`,
    );
  const v = DEPLOY_VARIABLES;
  const count = integer(env, v.instances, 2, 1, 64);
  const first = integer(env, v.instancePort, 4401, 1, 65535 - count + 1);
  return {
    publicOrigin,
    cert: pemFile(env, v.cert),
    key: pemFile(env, v.key),
    listen: env[v.listen] || null,
    httpsPort: integer(env, v.httpsPort, Number(publicOrigin.port || 443), 1, 65535),
    httpPort: env[v.httpPort] === 'off' ? null : integer(env, v.httpPort, 80, 1, 65535),
    instances: Array.from({ length: count }, (_, i) => ({ host: '127.0.0.1', port: first + i })),
  };
}
