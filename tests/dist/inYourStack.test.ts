import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileForPath, page, requireBuild } from '../support/dist.ts';
import { loadCodes } from '../support/content.ts';
import { readStacks } from '../../src/model/readContent.ts';
import { codePath, stackPath } from '../../src/routing/routes.ts';
import { messageKindFor, namesFor } from '../../src/stacks/stackQueries.ts';
import { permalink } from '../../src/stacks/permalink.ts';
import { messageText } from '../../src/observations/describe.ts';

before(requireBuild);
const stacks = readStacks().sort((a, b) => a.name.localeCompare(b.name));

test('every code page has "In your stack": each stack that names the code, its name and message, linked to the source line', () => {
  let rowsSeen = 0;
  for (const { code } of loadCodes().map((c) => c.data)) {
    const root = page(fileForPath(codePath(code))!);
    assert.ok(root.getElementById('stacks'), `${code}: no #stacks heading`);
    const rows = root.querySelectorAll('table.stack-names tbody tr');
    const expected = namesFor(stacks, code);
    assert.equal(rows.length, expected.length, `${code}: rows`);
    expected.forEach(({ stack, entry }, i) => {
      const [who, name, message] = rows[i]!.querySelectorAll('th, td');
      assert.equal(who!.querySelector('a')?.getAttribute('href'), stackPath(stack.id), `${code} ${stack.id}`);
      assert.equal(name!.querySelector('a')?.getAttribute('href'), permalink(stack, entry), `${code} ${stack.id}`);
      assert.equal(name!.text, entry.name);
      const template = stack.messages[messageKindFor(code)];
      if (template) {
        assert.equal(message!.querySelector('a')?.getAttribute('href'), permalink(stack, template));
        assert.equal(message!.text, messageText(template.template, 'en'));
      } else assert.equal(message!.text, '–', `${code} ${stack.id}: a message the source does not define`);
      rowsSeen++;
    });
  }
  assert.ok(rowsSeen > 100, `${rowsSeen} rows`);
});

test('1006 shows each stack’s abnormal-close message, and 1001 finds CloseGoingAway and EndpointUnavailable', () => {
  const row = (code: number, stack: string) =>
    page(fileForPath(codePath(code))!)
      .querySelectorAll('table.stack-names tbody tr')
      .find((tr) => tr.querySelector('th a')?.getAttribute('href') === stackPath(stack));
  assert.equal(
    row(1006, 'gorilla-websocket')?.querySelectorAll('td')[1]?.text,
    'websocket: close 1006 (abnormal closure): unexpected EOF',
  );
  assert.equal(row(1001, 'gorilla-websocket')?.querySelectorAll('td')[0]?.text, 'CloseGoingAway');
  assert.equal(row(1001, 'dotnet')?.querySelectorAll('td')[0]?.text, 'EndpointUnavailable');
});
