import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenKind } from '../../src/codeHighlight/codeTheme.ts';

test('a token style becomes its kind; the foreground needs no class', () => {
  assert.equal(tokenKind('color:var(--shiki-token-keyword)'), 'keyword');
  assert.equal(tokenKind('color: var(--shiki-token-string-expression);'), 'string-expression');
  assert.equal(tokenKind('color:var(--shiki-foreground)'), undefined);
});

test('any other style is a build error, so no inline style reaches a page', () => {
  assert.throws(() => tokenKind('color:#A0111F;--shiki-dark:#FF9492'), /Unexpected Shiki token style/);
  assert.throws(() => tokenKind('color:var(--shiki-token-keyword);font-style:italic'), /Unexpected Shiki token style/);
});
