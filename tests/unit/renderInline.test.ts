import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inlineRuns, plainInline, renderInline } from '../../src/components/renderInline.ts';
import { matchesFilter } from '../../src/home/codeFilter.ts';

test('content prose is escaped; only backticks become <code>', () => {
  assert.equal(
    renderInline('call `ws.close(1000)` <b>now</b> & "go"'),
    'call <code>ws.close(1000)</code> &#60;b&#62;now&#60;/b&#62; &#38; &#34;go&#34;',
  );
  assert.equal(renderInline('`<script>`'), '<code>&#60;script&#62;</code>');
});

test('content prose splits into text and code runs; a lone backtick stays text', () => {
  assert.deepEqual(inlineRuns('`ws` closes with `1006`.'), [
    { text: 'ws', code: true },
    { text: ' closes with ', code: false },
    { text: '1006', code: true },
    { text: '.', code: false },
  ]);
  assert.deepEqual(inlineRuns('a ` b'), [{ text: 'a ` b', code: false }]);
  assert.equal(renderInline('`a` and a lone `'), '<code>a</code> and a lone `');
});

test('plain text drops the backticks and keeps everything else verbatim', () => {
  assert.equal(plainInline('Invalid `seq` & <more>'), 'Invalid seq & <more>');
  assert.equal(plainInline('no code'), 'no code');
});

test('the home filter matches every typed word, in any order and case', () => {
  const row = '1006 abnormal closure no close frame idle timeout';
  assert.ok(matchesFilter(row, 'IDLE 1006'));
  assert.ok(matchesFilter(row, '  '));
  assert.ok(!matchesFilter(row, 'idle tls'));
});
