/**
 * The dependency direction of `src/`, `.astro` files included, checked in `npm test`
 * by `npm run check:deps` (`scripts/checkDependencies.ts`).
 * Folders form layers; a folder may import its own layer and the ones below:
 *   rules, i18n, http, build  <  routing, scenarios  <  observations  <  model  <  demo  <  server  <  lab  <  audit
 * and the site's page-side folders (pages, components, codePage, …) sit on top. Widget code runs in the
 * browser and may import only scenarios, rules, i18n, model and components (the inline-prose DOM builder).
 */
const layer = (name, mayImport, files = '') => ({
  name: `${name}-imports-only-below`,
  comment: `src/${name}${files && ` (${files} files)`} may import only ${mayImport.join(', ') || 'itself'} (and node_modules)`,
  severity: 'error',
  from: { path: `^src/${name}/${files && `[^/]+\\.${files}$`}` },
  to: { path: '^src/', pathNot: [`^src/${name}/`, ...mayImport.map((m) => `^src/${m}/`)] },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No module imports itself through others.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    layer('rules', []),
    layer('i18n', []),
    layer('http', []),
    layer('build', []),
    layer('routing', ['i18n']),
    layer('scenarios', ['rules', 'i18n']),
    layer('observations', ['scenarios', 'rules', 'i18n', 'routing', 'components', 'clientBundles']),
    layer('decoder', ['observations', 'stacks', 'model', 'routing', 'i18n']),
    layer('stacks', ['observations', 'scenarios', 'routing', 'rules', 'i18n', 'components']),
    layer('model', ['observations', 'stacks', 'scenarios', 'routing', 'rules', 'i18n']),
    layer('demo', ['scenarios', 'http', 'rules']),
    layer('server', ['demo', 'http', 'build', 'routing', 'scenarios', 'rules', 'model']),
    layer('lab', ['observations', 'model', 'scenarios', 'server', 'demo', 'build', 'rules']),
    layer('audit', ['lab', 'build', 'routing']),
    // The widget's TypeScript runs in the browser; its `.astro` shell is built like any page component.
    layer('widget', ['scenarios', 'rules', 'i18n', 'model', 'components'], 'ts'),
    {
      name: 'nothing-imports-pages',
      comment: 'Pages are entry points: nothing imports them.',
      severity: 'error',
      from: {},
      to: { path: '^src/pages/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
