/**
 * `npm run lint:content [file…]`: the checks the build runs on content prose,
 * without a build. Prints every unsourced behaviour claim and bad `{obs:…}`
 * reference, naming file and field; with file arguments, also prints each
 * rendered reference of those files. Exits 1 on any problem.
 */
import { DEFAULT_LOCALE } from '../src/i18n/localePaths.ts';
import { en } from '../src/i18n/en.ts';
import { indexObservations } from '../src/observations/labIndex.ts';
import { findObservedRefs, renderObservedProse } from '../src/observations/observedProse.ts';
import { checkProse, renderProse, walkStrings } from '../src/model/contentProse.ts';
import { PROSE_COLLECTIONS, readCollection, readObservations } from '../src/model/readContent.ts';

const lab = indexObservations(readObservations());
const show = new Set(process.argv.slice(2));
const problems: string[] = [...checkProse('src/i18n/en.ts', en)];
for (const dir of Object.keys(PROSE_COLLECTIONS) as (keyof typeof PROSE_COLLECTIONS)[]) {
  for (const { file, data } of readCollection(dir)) {
    problems.push(...checkProse(file, data), ...renderProse(file, data, lab, DEFAULT_LOCALE).errors);
    if (!show.has(file)) continue;
    walkStrings(data, (text, path) => {
      if (findObservedRefs(text).length === 0) return;
      try {
        console.log(`${file} ${path}:\n  ${renderObservedProse(text, lab, DEFAULT_LOCALE)}\n`);
      } catch {
        // reported above
      }
    });
  }
}
for (const p of problems) console.log(p);
console.log(`\n${problems.length} problem${problems.length === 1 ? '' : 's'}`);
process.exit(problems.length ? 1 : 0);
