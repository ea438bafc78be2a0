import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fileForPath, page, requireBuild, DIST } from '../support/dist.ts';
import { ROOT, loadCodes } from '../support/content.ts';
import { protocolSchema } from '../../src/model/protocolSchema.ts';
import type { CodesJson } from '../../src/model/codesJsonShape.ts';
import { codePath, protocolPath, rangePath, comparePath } from '../../src/routing/routes.ts';
import { plainInline } from '../../src/components/renderInline.ts';

before(requireBuild);
const protocols = readdirSync(`${ROOT}content/protocols`).map((f) => ({
  slug: f.replace(/\.yaml$/, ''),
  data: protocolSchema.parse(parse(readFileSync(`${ROOT}content/protocols/${f}`, 'utf8'))),
}));

test('the required protocols are present, each with a primary source and a check date', () => {
  const slugs = protocols.map((p) => p.slug);
  for (const required of ['graphql-ws', 'discord-gateway', 'discord-voice', 'twitch-eventsub'])
    assert.ok(slugs.includes(required), required);
  for (const { slug, data } of protocols) {
    const root = page(fileForPath(protocolPath(slug))!);
    const link = root.querySelector(`main a[href="${data.source.url}"]`);
    assert.ok(link, `/protocols/${slug}/ links its source`);
    assert.match(root.text, new RegExp(data.checked));
    assert.equal(root.querySelectorAll('main tbody tr').length, data.codes.length, slug);
  }
});

test('every code a protocol defines has a code page listing that protocol\u2019s meaning', () => {
  for (const { slug, data } of protocols) {
    for (const c of data.codes) {
      const file = fileForPath(codePath(c.code));
      assert.ok(file, `/codes/${c.code}/`);
      const root = page(file);
      assert.ok(root.querySelector(`a[href="${protocolPath(slug)}"]`), `/codes/${c.code}/ names ${slug}`);
      // The name as it reads: backticked parts are rendered as code, without the backticks.
      assert.ok(root.text.includes(plainInline(c.name)), `/codes/${c.code}/ shows "${c.name}"`);
    }
  }
});

test('/codes/4004/ explains each protocol\u2019s 4004', () => {
  const text = page(fileForPath('/codes/4004/')!).text;
  for (const name of ['Discord Gateway', 'GraphQL', 'Twitch']) assert.match(text, new RegExp(name));
});

test('the IANA 3000-range codes have full pages with their registration', () => {
  for (const code of [3000, 3003, 3008]) {
    const entry = loadCodes().find((c) => c.data.code === code)?.data;
    assert.ok(entry, `content/codes/${code}.yaml`);
    const root = page(fileForPath(codePath(code))!);
    for (const id of ['description', 'when', 'fix', 'sources'])
      assert.ok(root.getElementById(id), `/codes/${code}/#${id}`);
    if (entry.registration) assert.ok(root.text.includes(entry.registration.registrant));
    for (const n of entry.neighbours) {
      const [a, b] = code < n ? [code, n] : [n, code];
      assert.ok(fileForPath(comparePath(a, b)), `/compare/${a}-vs-${b}/`);
      assert.ok(fileForPath(`/compare/${b}-vs-${a}/`), `reversed /compare/${b}-vs-${a}/`);
    }
  }
});

test('each range page says what the range is for, who may use it, and what a client does', () => {
  for (const slug of ['0-999', '1016-2999', '3000-3999', '4000-4999']) {
    const root = page(fileForPath(rangePath(slug))!);
    for (const id of ['purpose', 'who', 'on-receipt']) assert.ok(root.getElementById(id), `/ranges/${slug}/#${id}`);
  }
  assert.ok(page(fileForPath('/ranges/4000-4999/')!).querySelector('#clients-report'), 'links measured behaviour');
});

test('/codes.json includes the protocol codes with every protocol\u2019s meaning', () => {
  const doc = JSON.parse(readFileSync(`${DIST}codes.json`, 'utf8')) as CodesJson;
  const all = new Map(doc.protocolCodes.map((c) => [c.code, c]));
  for (const c of doc.codes)
    all.set(c.code, { code: c.code, range: c.range, fromPageClose: c.fromPageClose, meanings: c.meanings, url: c.url });
  for (const { slug, data } of protocols) {
    assert.ok(
      doc.protocols.some((p) => p.slug === slug && p.source.url === data.source.url),
      slug,
    );
    for (const c of data.codes)
      assert.ok(
        all.get(c.code)?.meanings.some((m) => m.protocol === slug && m.name === c.name),
        `${slug} ${c.code}`,
      );
  }
});
