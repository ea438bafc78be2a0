/**
 * What nginx sends for the static site equals what `npm start` sends (the cache and security headers, derived
 * from the same modules and the same build), plus HSTS; plain HTTP is redirected; /healthz reaches an instance.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { startServer, type RunningServer } from '../support/startServer.ts';
import { DIST, requireBuild } from '../support/dist.ts';
import { NGINX_MISSING, request, startDeployment, type Deployment } from '../support/deployment.ts';
import { HSTS } from '../../deploy/nginxConf.ts';

let deployment: Deployment;
let direct: RunningServer;

before(async () => {
  if (NGINX_MISSING) return;
  requireBuild();
  deployment = await startDeployment(1);
  // npm start serving the same build for the same public origin; its TLS listener off, as behind nginx.
  direct = await startServer({ PUBLIC_ORIGIN: deployment.origin, DEMO_TLS_PORT: 'off', DEMO_LOG: '0' });
});
after(async () => {
  await direct?.stop();
  await deployment?.stop();
});

const COMPARED = ['cache-control', 'x-content-type-options', 'referrer-policy', 'content-security-policy'];

/**
 * `connect-src` without the sources that name `npm start`'s other listeners (the freed port of
 * `connection-refused`, the TLS listener): behind nginx an instance's own ports are not published.
 */
function withoutOwnPorts(csp: string, hostname: string): string {
  return csp.replace(/(connect-src 'self')([^;]*)/, (_all, self: string, extra: string) =>
    [self, ...extra.split(' ').filter((s) => s && !new RegExp(`^wss?://${hostname}:\\d+$`).test(s))].join(' '),
  );
}

test(
  'the site through nginx has npm start\u2019s cache and security headers, plus HSTS',
  { skip: NGINX_MISSING },
  async () => {
    const asset = readdirSync(`${DIST}_astro`).find((f) => f.endsWith('.css'));
    const paths = [
      '/',
      '/codes/1006/',
      '/compare/1006-vs-1015/',
      `/_astro/${asset}`,
      '/codes.json',
      '/demo/frame/',
      '/nope',
      '/compare/1015-vs-1006/',
    ];
    const { hostname } = new URL(deployment.origin);
    for (const path of paths) {
      const viaNginx = await request(`${deployment.origin}${path}`, { ca: deployment.certFile });
      const fromNode = await request(`${direct.origin}${path}`);
      assert.equal(viaNginx.status, fromNode.status, `${path}: status`);
      for (const name of COMPARED) {
        const expected = fromNode.headers[name];
        const got = viaNginx.headers[name];
        const want =
          name === 'content-security-policy' && typeof expected === 'string'
            ? withoutOwnPorts(expected, hostname)
            : expected;
        assert.equal(got, want, `${path}: ${name}`);
      }
      assert.equal(viaNginx.headers['strict-transport-security'], HSTS, `${path}: HSTS`);
    }
  },
);

test(
  'plain HTTP, on its port or on the HTTPS port, is redirected to the public origin',
  { skip: NGINX_MISSING },
  async () => {
    const http = await request(`${deployment.httpOrigin}/codes/1006/?x=1`);
    assert.equal(http.status, 301);
    assert.equal(http.headers.location, `${deployment.origin}/codes/1006/?x=1`);
    const onTlsPort = await request(`http://localhost:${deployment.httpsPort}/codes/1006/`);
    assert.equal(onTlsPort.status, 301);
    assert.equal(onTlsPort.headers.location, `${deployment.origin}/codes/1006/`);
  },
);

test('/healthz through nginx reaches an instance', { skip: NGINX_MISSING }, async () => {
  const res = await request(`${deployment.origin}/healthz`, { ca: deployment.certFile });
  assert.equal(res.status, 200);
  assert.deepEqual(JSON.parse(res.body), { status: 'ok' });
  assert.equal(res.headers['cache-control'], 'no-store');
  assert.equal(deployment.accessLog().find((e) => e.uri === '/healthz')?.upstream, deployment.instances[0]!.name);
});
