/** How the deployment's commands stop on a setting they cannot use. */
import { ConfigError } from '../src/server/config.ts';

/** Print the one line a `ConfigError` carries, prefixed with `command`, and exit 1; anything else is a bug and is rethrown. */
export function exitOnConfigError(command: string, error: unknown): never {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`${command}: ${error.message}`);
  process.exit(1);
}
