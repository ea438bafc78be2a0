import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type RunningServer } from '../support/startServer.ts';
import { requireBuild } from '../support/dist.ts';
import { t } from '../../src/i18n/locale.ts';

let server: RunningServer;
before(async () => {
  requireBuild();
  server = await startServer();
});
after(() => server.stop());

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.origin}${path}`, { redirect: 'manual', headers });

test('reversed comparison URLs answer 301 to the canonical order', async () => {
  const res = await get('/compare/1015-vs-1006/');
  assert.equal(res.status, 301);
  assert.equal(res.headers.get('location'), '/compare/1006-vs-1015/');
  const canonical = await get('/compare/1006-vs-1015/');
  assert.equal(canonical.status, 200);
  // The Korean edition has no redirect stubs; the server answers its reversed URLs alike.
  const korean = await get('/ko/compare/1015-vs-1006/');
  assert.equal(korean.status, 301);
  assert.equal(korean.headers.get('location'), '/ko/compare/1006-vs-1015/');
});

test('unknown paths under /ko/ answer 404 with the Korean 404 page', async () => {
  for (const path of ['/ko/codes/9999/', '/ko/nope']) {
    const res = await get(path);
    assert.equal(res.status, 404, path);
    const html = await res.text();
    assert.match(html, /<html lang="ko">/, path);
    assert.ok(html.includes(t('notFound.title', 'ko')), path);
  }
});

test('unknown codes and paths answer 404 with the 404 page', async () => {
  for (const path of ['/codes/9999/', '/compare/1000-vs-1000/', '/compare/1016-vs-1000/', '/nope']) {
    const res = await get(path);
    assert.equal(res.status, 404, path);
    assert.match(await res.text(), /4000–4999/, path);
  }
});

test('hashed assets are cached forever, pages revalidate, compression is offered', async () => {
  const home = await get('/', { 'Accept-Encoding': 'gzip' });
  assert.equal(home.status, 200);
  assert.match(home.headers.get('cache-control') ?? '', /must-revalidate/);
  assert.equal(home.headers.get('content-encoding'), 'gzip', 'gzip when the client accepts gzip');
  assert.match(home.headers.get('vary') ?? '', /Accept-Encoding/);
  const br = await get('/', { 'Accept-Encoding': 'br, gzip' });
  assert.equal(br.headers.get('content-encoding'), 'br', 'brotli when the client accepts it');
  const plain = await get('/', { 'Accept-Encoding': 'identity' });
  assert.equal(plain.headers.get('content-encoding'), null);
  const css = /href="(\/_astro\/[^"]+\.css)"/.exec(await home.text())?.[1];
  assert.ok(css, 'home links a hashed stylesheet');
  const asset = await get(css);
  assert.equal(asset.status, 200);
  assert.match(asset.headers.get('cache-control') ?? '', /immutable/);
});

test('/codes.json is served as JSON', async () => {
  const res = await get('/codes.json');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  assert.ok(((await res.json()) as { codes: unknown[] }).codes.length >= 16);
});

test('the demo\u2019s static pages under /demo/ are served as pages, not as demo API errors', async () => {
  for (const path of ['/demo/lab/', '/demo/frame/']) {
    const res = await get(path);
    assert.equal(res.status, 200, path);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/, path);
  }
  const api = await get('/demo/nothing-here');
  assert.equal(api.status, 404);
  assert.match(api.headers.get('content-type') ?? '', /application\/json/);
});
