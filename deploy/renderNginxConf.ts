/**
 * `npm run deploy:conf`: prints the http-level nginx configuration for the system's nginx (Debian:
 * `npm run --silent deploy:conf > /etc/nginx/conf.d/wscc.conf`), from the same settings as `deploy/start.ts`.
 * Regenerate it after every build: the CSP carries the hashes of the built inline scripts.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../src/server/config.ts';
import { BUILD_STAMP } from '../src/build/staleBuild.ts';
import { readDeployConfig, type DeployConfig } from './deployConfig.ts';
import { instanceSettings } from './instances.ts';
import { renderSiteConf } from './nginxConf.ts';
import { siteRules } from './siteRules.ts';
import { exitOnConfigError } from './exitOnConfigError.ts';

/** The project's root, with a trailing slash. */
export const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The build nginx serves. */
export const DIST = `${ROOT}dist/`;

/**
 * The site configuration for `config`, its instances started with `env`: every instance's settings are checked
 * first (`npm start`'s own rules), and their idle timeout sets nginx's socket timeouts.
 */
export function siteConfFor(config: DeployConfig, env: NodeJS.ProcessEnv, accessLog: string | null): string {
  return renderSiteConf(config, {
    distDir: DIST,
    rules: siteRules(DIST, config.publicOrigin.hostname),
    idleMs: Math.max(...instanceSettings(config, env).map((s) => s.idleMs)),
    accessLog,
  });
}

if (import.meta.main) {
  try {
    const config = readDeployConfig();
    if (!existsSync(`${ROOT}${BUILD_STAMP}`)) throw new ConfigError('dist/ has no build: run `npm run build` first');
    process.stdout.write(siteConfFor(config, process.env, process.env['DEPLOY_ACCESS_LOG'] || null));
  } catch (error) {
    exitOnConfigError('deploy:conf', error);
  }
}
