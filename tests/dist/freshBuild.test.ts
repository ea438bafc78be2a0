import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { staleBuildInput } from '../../src/build/staleBuild.ts';
import { ROOT } from '../support/content.ts';
import { requireBuild } from '../support/dist.ts';

before(requireBuild);

test('a build writes none of its own inputs, so npm start does not rebuild after every build', () => {
  const changed = staleBuildInput(ROOT);
  assert.equal(changed, null, `${changed} is newer than dist/ (or was changed since the last npm run build)`);
});
