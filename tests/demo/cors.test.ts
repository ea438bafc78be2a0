import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect, startApp } from '../support/appServer.ts';
import { makeRunId } from '../../src/scenarios/runIds.ts';

const PUBLIC_ORIGIN = 'https://close-codes.example';
const EXTRA_ORIGIN = 'https://mirror.example';
const UNLISTED = 'https://evil.example';

let app: Awaited<ReturnType<typeof startApp>>;
let runPath: string;
before(async () => {
  app = await startApp({ publicOrigin: new URL(PUBLIC_ORIGIN), allowedOrigins: [EXTRA_ORIGIN] });
  const id = makeRunId();
  await connect(`${app.wsOrigin}/demo/ws/server-close-1000?run=${id}`);
  runPath = `/demo/runs/${id}`;
});
after(() => app.shutdown());

/** The demo's JSON endpoints, a run's record and an unknown run's error included. */
const paths = () => ['/demo/scenarios.json', runPath, '/demo/runs/no-such-run'];

const vary = (res: Response) => (res.headers.get('vary') ?? '').split(/,\s*/);

test('PUBLIC_ORIGIN and DEMO_ALLOWED_ORIGINS may read the JSON endpoints: ACAO names the origin, Vary: Origin', async () => {
  for (const origin of [PUBLIC_ORIGIN, EXTRA_ORIGIN])
    for (const path of paths()) {
      const res = await fetch(`${app.origin}${path}`, { headers: { Origin: origin } });
      assert.equal(res.headers.get('access-control-allow-origin'), origin, `${origin} ${path}`);
      assert.ok(vary(res).includes('Origin'), `${origin} ${path}`);
    }
});

test('an unlisted origin gets no Access-Control-Allow-Origin; the answer still varies on Origin', async () => {
  for (const path of paths()) {
    const res = await fetch(`${app.origin}${path}`, { headers: { Origin: UNLISTED } });
    assert.equal(res.headers.get('access-control-allow-origin'), null, path);
    assert.ok(vary(res).includes('Origin'), path);
  }
});

test('a preflight gets 204 with GET, HEAD and OPTIONS; ACAO only for a listed origin', async () => {
  for (const path of paths()) {
    const preflight = (origin: string) =>
      fetch(`${app.origin}${path}`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
      });
    const listed = await preflight(EXTRA_ORIGIN);
    assert.equal(listed.status, 204, path);
    assert.equal(listed.headers.get('access-control-allow-origin'), EXTRA_ORIGIN, path);
    assert.equal(listed.headers.get('access-control-allow-methods'), 'GET, HEAD, OPTIONS', path);
    const unlisted = await preflight(UNLISTED);
    assert.equal(unlisted.status, 204, path);
    assert.equal(unlisted.headers.get('access-control-allow-origin'), null, path);
  }
});

test('demo sockets take the same list: PUBLIC_ORIGIN and DEMO_ALLOWED_ORIGINS open, others get 403', async () => {
  for (const origin of [PUBLIC_ORIGIN, EXTRA_ORIGIN]) {
    const outcome = await connect(`${app.wsOrigin}/demo/ws/server-close-1000?run=${makeRunId()}`, undefined, {
      origin,
    });
    assert.equal(outcome.close?.code, 1000, origin);
  }
  const refused = await connect(`${app.wsOrigin}/demo/ws/server-close-1000?run=${makeRunId()}`, undefined, {
    origin: UNLISTED,
  });
  assert.equal(refused.status, 403);
});
