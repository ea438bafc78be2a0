import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCodes, loadPairs } from '../support/content.ts';
import { localised } from '../../src/i18n/localisedContent.ts';
import type { Catalog } from '../../src/model/catalog.ts';
import { pairSlug } from '../../src/routing/routes.ts';
import { codeCard, compareCard } from '../../src/og/cards.ts';
import { drawCard, type Card } from '../../src/og/ogCard.ts';

// The Korean content as the site shows it: each English entry with its Korean translation laid over it.
const codes = loadCodes().map((e) => localised('codes', e.file, e.data, 'ko'));
const pairs = loadPairs().map((e) => localised('pairs', e.file, e.data, 'ko'));
const catalog: Catalog = {
  codes,
  byCode: new Map(codes.map((c) => [c.code, c])),
  pairs: new Map(pairs.map((p) => [pairSlug(p.a, p.b), p])),
  protocols: [],
  protocolMeanings: new Map(),
  ranges: [],
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  assert.equal(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Draw a card through the real renderer and fonts, without the cache; it rejects if any glyph is missing. */
async function draws(card: Card): Promise<void> {
  assert.match(card.kicker + card.line, /\p{Script=Hangul}/u, 'the card is in Korean');
  assert.deepEqual(pngSize(await drawCard(card)), { width: 1200, height: 630 });
}

test('a Korean code card draws every character from the npm fonts', async () => {
  await draws(codeCard(catalog, 1006, 'ko'));
});

test('a Korean compare card draws every character from the npm fonts', async () => {
  const pair = catalog.pairs.get(pairSlug(1006, 1015))!;
  await draws(compareCard(catalog, pair.a, pair.b, pair.tagline, 'ko'));
});

test('a character no font has fails the card, naming the character, instead of being fetched or drawn as a box', async () => {
  // U+2A6A5 (CJK Extension B): in neither Inter nor Noto Sans KR.
  const card = { ...codeCard(catalog, 1006, 'ko'), line: '희귀 한자 𪚥' };
  await assert.rejects(drawCard(card), /no font has a glyph for "𪚥" \(U\+2A6A5\)/);
});
