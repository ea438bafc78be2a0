/**
 * Code highlighting without inline styles: Shiki's CSS-variables theme names
 * each token's colour `var(--shiki-token-<kind>)`, and `tokenClasses` turns
 * that into `class="t-<kind>"`. The colours live in `global.css` only, so
 * pages carry no `style` attributes (a CSP without 'unsafe-inline' for
 * styles), and the markup is smaller.
 */
import { createCssVariablesTheme, type ShikiTransformer } from 'shiki';

/** The prefix of the variables the theme writes; stripped to get the token kind. */
const VARIABLE_PREFIX = '--shiki-';

/** The theme: every colour is a variable; font styles are left to the stylesheet. */
export const CODE_THEME = createCssVariablesTheme({
  name: 'wscc-classes',
  variablePrefix: VARIABLE_PREFIX,
  fontStyle: false,
});

/** The class for a token kind, e.g. `keyword` → `t-keyword`. */
export function tokenClass(kind: string): string {
  return `t-${kind}`;
}

const TOKEN_STYLE = new RegExp(`^color:var\\(${VARIABLE_PREFIX}token-([a-z-]+)\\)$`);
const FOREGROUND_STYLE = `color:var(${VARIABLE_PREFIX}foreground)`;

/** Reads a token's kind from the style Shiki gave it; throws on any other style, so none slips through. */
export function tokenKind(style: string): string | undefined {
  const compact = style.replace(/\s|;$/g, '');
  if (compact === FOREGROUND_STYLE) return undefined;
  const kind = TOKEN_STYLE.exec(compact)?.[1];
  if (!kind) throw new Error(`Unexpected Shiki token style "${style}": map it to a class in codeTheme.ts.`);
  return kind;
}

type HastChild = Parameters<NonNullable<ShikiTransformer['code']>>[0]['children'][number];

/** The children `child` stands for once unwrapped: its own children when it is a wrapper with no class, else itself. */
function unwrap(child: HastChild, wrapper: (classes: unknown) => boolean): HastChild[] {
  return child.type === 'element' && child.tagName === 'span' && wrapper(child.properties['class'])
    ? child.children
    : [child];
}

/**
 * A Shiki transformer that moves every style to a class and drops the `<pre>`'s inline styles. It also
 * unwraps what no rule styles, the per-line `<span class="line">` (lines are already separated by newlines
 * in the `<pre>`) and tokens without a class (plain foreground text), which is a tenth of a sample's markup.
 */
export const tokenClasses: ShikiTransformer = {
  name: 'wscc:token-classes',
  pre(node) {
    delete node.properties.style;
  },
  span(node) {
    const style = node.properties.style;
    if (typeof style !== 'string') return;
    delete node.properties.style;
    const kind = tokenKind(style);
    if (kind) this.addClassToHast(node, tokenClass(kind));
  },
  code(node) {
    const isLine = (c: unknown) => c === 'line' || (Array.isArray(c) && c.length === 1 && c[0] === 'line');
    const isPlain = (c: unknown) => c === undefined || (Array.isArray(c) && c.length === 0);
    node.children = node.children.flatMap((line) => unwrap(line, isLine)).flatMap((token) => unwrap(token, isPlain));
  },
};
