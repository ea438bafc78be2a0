// @ts-check
/**
 * Runs first in `npm start`, `npm test` and `npm run dev`: on a Node whose major is not the one `.nvmrc`
 * pins, it prints one line naming both versions and exits 1, instead of Node failing on the first `.ts` file.
 * CommonJS and ES5, so that any Node, however old, can run it to say so.
 */
'use strict';
var readFileSync = require('fs').readFileSync;
var join = require('path').join;

var pinned = readFileSync(join(__dirname, '..', '.nvmrc'), 'utf8')
  .trim()
  .replace(/^v/, '');
var found = process.versions.node;
var major = pinned.split('.')[0];
if (found.split('.')[0] !== major) {
  var wanted = 'Needs Node ' + major + '.x (.nvmrc pins ' + pinned + ')';
  console.error(wanted + ', found ' + found + ': see Quick start in README.md');
  process.exit(1);
}
