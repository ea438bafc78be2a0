import type { AstroIntegration } from 'astro';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:https';
import { createDemo } from '../demo/demoServer.ts';
import { startTlsListener } from '../demo/tlsListener.ts';
import { portError, readConfig } from './config.ts';
import { freePort } from '../build/freePort.ts';
import { requestClient } from '../http/trustProxy.ts';

/** Mounts the live demo on `astro dev`, so the widget works during development too. */
export function demoIntegration(): AstroIntegration {
  let tls: Server | undefined;
  return {
    name: 'wscc:demo',
    hooks: {
      'astro:server:setup': async ({ server, logger }) => {
        const config = readConfig({ ...process.env, PORT: process.env['PORT'] ?? '4321' });
        let tlsPort: number | null = null;
        const refusedPort = await freePort();
        const sitePort = () => (server.httpServer?.address() as AddressInfo | null)?.port ?? config.port;
        const demo = await createDemo({
          sitePort,
          tlsPort: () => tlsPort,
          refusedPort: () => refusedPort,
          publicOrigin: config.publicOrigin,
          allowedOrigins: config.allowedOrigins,
          limits: config.limits,
          idleMs: config.idleMs,
          log: (entry) => logger.debug(JSON.stringify(entry)),
        });
        server.middlewares.use((req, res, next) => {
          if (!demo.handleRequest(req, res)) next();
        });
        // Vite's HMR socket shares this server; the demo only takes /demo/ws/ paths.
        server.httpServer?.on(
          'upgrade',
          (req, socket, head) => void demo.handleUpgrade(req, socket, head, requestClient(req, config.trustProxy)),
        );
        if (config.tlsPort !== null) {
          try {
            tls = await startTlsListener(demo, config.tlsPort, {
              headersTimeoutMs: config.headersTimeoutMs,
              log: (entry) => logger.warn(JSON.stringify(entry)),
            });
            tlsPort = (tls.address() as AddressInfo).port;
          } catch (error) {
            logger.warn(
              `Demo TLS listener not started: ${(portError('tlsPort', config.tlsPort, error) as Error).message}`,
            );
          }
        }
        server.httpServer?.once('close', () => {
          tls?.close();
          void demo.shutdown(500);
        });
      },
    },
  };
}
