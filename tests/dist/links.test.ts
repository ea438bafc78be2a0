import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DIST, SITE, fileForPath, htmlFiles, page, pathOf, requireBuild } from '../support/dist.ts';
import { decodeTargets, targetFor } from '../../src/model/codeTarget.ts';
import { TARGETS_PATH, codePath } from '../../src/routing/routes.ts';

before(requireBuild);

test('no internal link, asset or fragment is broken', () => {
  const broken: string[] = [];
  for (const file of htmlFiles()) {
    const root = page(file);
    const refs = [
      ...root.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
      ...root.querySelectorAll('link[href]').map((l) => l.getAttribute('href')!),
      ...root.querySelectorAll('script[src], img[src]').map((s) => s.getAttribute('src')!),
    ];
    for (const ref of refs) {
      const url = new URL(ref, `${SITE}${pathOf(file)}`);
      if (url.origin !== SITE) continue;
      const target = fileForPath(url.pathname);
      if (!target) {
        broken.push(`${file} → ${ref}`);
        continue;
      }
      if (url.hash && target.endsWith('.html') && !page(target).getElementById(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${file} → ${ref} (no such anchor)`);
      }
    }
  }
  assert.deepEqual(broken, []);
});

test('a bare number typed into the home filter leads to the page routes give it, and that page exists', () => {
  const { codes, ranges } = decodeTargets(
    page('index.html').querySelector('#code-filter-status')?.getAttribute('data-targets'),
  );
  assert.ok(codes.length > 10 && ranges.length > 0, 'the lookup data is on the page');
  for (const code of codes) {
    assert.equal(targetFor(code, codes, ranges)?.path, codePath(code));
    assert.ok(fileForPath(codePath(code)), codePath(code));
  }
  for (const range of ranges) {
    assert.equal(
      targetFor(
        range.from,
        codes.filter((c) => c !== range.from),
        ranges,
      )?.path,
      range.path,
    );
    assert.ok(fileForPath(range.path), range.path);
  }
});

test('search fetches the same lookup data from /targets.json that the home filter carries', () => {
  const served = JSON.parse(readFileSync(`${DIST}${TARGETS_PATH.slice(1)}`, 'utf8')) as unknown;
  assert.deepEqual(
    served,
    decodeTargets(page('index.html').querySelector('#code-filter-status')?.getAttribute('data-targets')),
  );
  // Pages no longer carry it: the search dialog is an empty shell.
  assert.equal(page('codes/1006/index.html').querySelector('#search-dialog')?.getAttribute('data-targets'), undefined);
});
