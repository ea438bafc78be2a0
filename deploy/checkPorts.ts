/** nginx's ports, checked before anything starts: a taken or forbidden one is one line naming its variable. */
import { createServer } from 'node:net';
import { ConfigError } from '../src/server/config.ts';
import { DEPLOY_VARIABLES, type DeployConfig } from './deployConfig.ts';

/** Listen on `port` at `host` for a moment; reject with the `ConfigError` naming `variable` if that fails. */
function probe(port: number, host: string | undefined, variable: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'EADDRINUSE'
          ? 'is already in use'
          : error.code === 'EACCES'
            ? 'needs privileges this process lacks'
            : error.message;
      reject(new ConfigError(`port ${port} ${reason}; set ${variable} to a free port`));
    });
    server.listen(port, host, () => server.close(() => resolve()));
  });
}

/** Rejects as nginx would fail to bind, but now, and in one line: a port that is taken, or needs root. */
export async function checkNginxPorts(config: DeployConfig): Promise<void> {
  const host = config.listen ?? undefined;
  await probe(config.httpsPort, host, DEPLOY_VARIABLES.httpsPort);
  if (config.httpPort !== null) await probe(config.httpPort, host, DEPLOY_VARIABLES.httpPort);
}
