/**
 * Finds the places in an `.astro` template where a space the source seems to
 * write is not rendered, so words run together on the page.
 *
 * Astro 7 compiles with `compressHTML: 'jsx'` (set in `astro.config.mjs`):
 * whitespace that contains a line break and touches an element or an
 * `{expression}` is removed, as in React. Prettier wraps `.astro` markup as if
 * a line break were a space (and may break lines where nothing was written),
 * so a wrapped line can silently lose its space. Separately, Astro's compiler
 * drops whitespace that follows an `{expression}` among a component's direct
 * children (`<Heading>{a} {b}</Heading>` renders `ab`) in every mode.
 *
 * The rule this enforces: between two pieces of inline content, a line break
 * is never the separator, because it renders as nothing. Write `{' '}` (or a
 * space on the same line) wherever a space belongs; Prettier keeps both. Text
 * that starts with closing punctuation (`: note`) may follow a break, since no
 * space belongs before it. Inside a component's children, join an expression
 * and what follows it in one expression (`{`${a} ${b}`}`) or write `{' '}`.
 */
import { parse } from '@astrojs/compiler-rs';

/** One place where source whitespace is not what renders. */
export interface WhitespaceProblem {
  /** 1-based line of the whitespace. */
  line: number;
  /** 1-based column of the whitespace. */
  column: number;
  /** What renders there, and what to write instead. */
  message: string;
}

/** The part of the compiler's ESTree-shaped JSX tree this check reads. */
interface TreeNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Elements whose content is phrasing: everything inside them flows as one line of text. */
const PHRASING_PARENTS = new Set(
  'a abbr b bdi bdo button caption cite code data del dfn dt em figcaption h1 h2 h3 h4 h5 h6 i ins kbd label legend mark p q s samp small span strong sub summary sup time u var'.split(
    ' ',
  ),
);
/** Inline elements that carry text, so a missing space joins their words to their neighbours'. */
const INLINE_TEXT = new Set(
  'a abbr b bdi bdo button cite code data del dfn em i ins kbd label mark output q s samp small span strong sub sup time u var'.split(
    ' ',
  ),
);
/** Elements that carry no words of their own (controls and images are spaced by CSS), or whose text is not prose. */
const NO_WORDS = new Set(
  'br hr img input meter progress select svg textarea wbr script style pre template iframe noscript'.split(' '),
);

const isNode = (value: unknown): value is TreeNode =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
const nodes = (value: unknown): TreeNode[] => (Array.isArray(value) ? value.filter(isNode) : []);
const child = (node: TreeNode, key: string): TreeNode | undefined => {
  const value = node[key];
  return isNode(value) ? value : undefined;
};

/** The tag of a JSX element (`div`, `Heading`, `Fragment`). */
function tagOf(element: TreeNode): string {
  const name = child(child(element, 'openingElement') ?? element, 'name');
  return typeof name?.['name'] === 'string' ? name['name'] : '';
}
const isComponent = (tag: string) => /^[A-Z]/.test(tag);
const textOf = (node: TreeNode) => (typeof node['value'] === 'string' ? node['value'] : '');
const hasBreak = (text: string) => /[\r\n]/.test(text);
/**
 * Whether text takes no space on that side: it starts with closing punctuation
 * (`: note`, `. More`, `)`) or ends with an opening bracket. Prettier may break
 * the line there; the break rendering as nothing is then what was meant.
 */
const hugs = (text: string, atStart: boolean) =>
  atStart ? /^[.,:;!?)\]]/.test(text.trimStart()) : /[([]$/.test(text.trimEnd());

/** The outermost JSX elements and fragments an expression can render. */
function renderedJsx(value: unknown, found: TreeNode[] = []): TreeNode[] {
  if (Array.isArray(value)) for (const item of value) renderedJsx(item, found);
  else if (isNode(value)) {
    if (value.type === 'JSXElement' || value.type === 'JSXFragment') found.push(value);
    else for (const [key, item] of Object.entries(value)) if (key !== 'type') renderedJsx(item, found);
  }
  return found;
}

type Flow = 'inline' | 'block' | 'nothing';

/** How a child sits in the line: as words, as a block, or as nothing to separate. */
function flowOf(node: TreeNode, inPhrasing: boolean): Flow {
  if (node.type === 'JSXText') return textOf(node).trim() ? 'inline' : 'nothing';
  if (node.type === 'JSXExpressionContainer') {
    const expression = child(node, 'expression');
    if (!expression || expression.type === 'JSXEmptyExpression') return 'nothing';
    const jsx = renderedJsx(expression);
    if (jsx.length === 0) return 'inline'; // a value, rendered as text
    return jsx.some((n) => flowOf(n, inPhrasing) === 'inline') ? 'inline' : 'block';
  }
  if (node.type !== 'JSXElement' && node.type !== 'JSXFragment') return 'nothing';
  const tag = tagOf(node);
  if (node.type === 'JSXFragment' || tag === 'Fragment') {
    const children = nodes(node['children']);
    // `<Fragment set:html={…} />` renders an HTML string: text.
    if (children.length === 0) return 'inline';
    return children.some((n) => flowOf(n, inPhrasing) === 'inline') ? 'inline' : 'block';
  }
  if (NO_WORDS.has(tag)) return 'nothing';
  if (INLINE_TEXT.has(tag)) return 'inline';
  // A component or slot takes the flow it is placed in.
  if (isComponent(tag) || tag === 'slot') return inPhrasing ? 'inline' : 'block';
  return 'block';
}

type Edge = 'space' | 'word';

/** Whether what a string expression renders starts (or ends) with a space of its own. */
function expressionEdge(expression: TreeNode | undefined, end: boolean): Edge {
  if (!expression) return 'word';
  switch (expression.type) {
    case 'Literal': {
      const value = expression['value'];
      if (typeof value !== 'string') return 'word';
      return /\s/.test((end ? value.at(-1) : value[0]) ?? '') ? 'space' : 'word';
    }
    case 'TemplateLiteral': {
      const quasis = nodes(expression['quasis']);
      const quasi = end ? quasis.at(-1) : quasis[0];
      const cooked = child(quasi ?? expression, 'value')?.['cooked'];
      const text = typeof cooked === 'string' ? cooked : '';
      return /\s/.test((end ? text.at(-1) : text[0]) ?? '') ? 'space' : 'word';
    }
    case 'ParenthesizedExpression':
      return expressionEdge(child(expression, 'expression'), end);
    // `cond && ', '` renders its right side or nothing.
    case 'LogicalExpression':
      return expression['operator'] === '&&' ? expressionEdge(child(expression, 'right'), end) : 'word';
    case 'ConditionalExpression':
      return expressionEdge(child(expression, 'consequent'), end) === 'space' &&
        expressionEdge(child(expression, 'alternate'), end) === 'space'
        ? 'space'
        : 'word';
    case 'JSXElement':
    case 'JSXFragment':
      return edgeOf(expression, end);
    // `items.map((x) => <>{' '}…</>)` renders what its callback returns, once per item.
    case 'CallExpression': {
      const callback = nodes(expression['arguments'])[0];
      const property = child(child(expression, 'callee') ?? expression, 'property');
      if (property?.['name'] !== 'map' || callback?.type !== 'ArrowFunctionExpression') return 'word';
      // Only a concise body (`(x) => <>…</>`) is read; a block body is taken as words.
      return callback['expression'] === true ? expressionEdge(child(callback, 'body'), end) : 'word';
    }
    default:
      return 'word';
  }
}

/** Whether a child begins (or ends) with a space that renders. */
function edgeOf(node: TreeNode, end: boolean): Edge {
  if (node.type === 'JSXText') {
    const text = textOf(node);
    const ws = (end ? /\s*$/ : /^\s*/).exec(text)?.[0] ?? '';
    return ws && !hasBreak(ws) ? 'space' : 'word';
  }
  if (node.type === 'JSXExpressionContainer') return expressionEdge(child(node, 'expression'), end);
  if (
    node.type === 'JSXFragment' ||
    (node.type === 'JSXElement' && (!isComponent(tagOf(node)) || tagOf(node) === 'Fragment'))
  ) {
    const kids = nodes(node['children']).filter(
      (n) => !(n.type === 'JSXText' && !textOf(n).trim() && hasBreak(textOf(n))),
    );
    const edge = end ? kids.at(-1) : kids[0];
    return edge ? edgeOf(edge, end) : 'word';
  }
  return 'word';
}

/** Checks one `.astro` file's source. */
export function astroWhitespaceProblems(source: string): WhitespaceProblem[] {
  const { ast, diagnostics } = parse(source);
  const parseError = diagnostics.find((d) => d.severity === 'error');
  if (parseError) throw new Error(`cannot parse: ${parseError.text}`);
  const problems: WhitespaceProblem[] = [];
  const report = (at: number, message: string) => {
    const before = source.slice(0, at).split('\n');
    problems.push({ line: before.length, column: before.at(-1)!.length + 1, message });
  };

  /** Whether this neighbour, on this side of some whitespace, is a word that needs the space. */
  const joins = (neighbour: TreeNode | undefined, after: boolean, inPhrasing: boolean) =>
    neighbour !== undefined &&
    flowOf(neighbour, inPhrasing) === 'inline' &&
    edgeOf(neighbour, !after) === 'word' &&
    !(neighbour.type === 'JSXText' && hugs(textOf(neighbour), after));

  function checkChildren(children: TreeNode[], inPhrasing: boolean, inComponent: boolean): void {
    children.forEach((node, i) => {
      if (node.type !== 'JSXText') return;
      const text = textOf(node);
      const prev = children[i - 1];
      const next = children[i + 1];
      if (!text.trim()) {
        const bothWords = joins(prev, false, inPhrasing) && joins(next, true, inPhrasing);
        if (inComponent && prev?.type === 'JSXExpressionContainer' && bothWords)
          report(
            node.start,
            "the compiler drops whitespace after an {expression} among a component's children: join them in one expression (`${a} ${b}`) or write {' '}",
          );
        else if (hasBreak(text) && bothWords)
          report(
            node.start,
            "a line break between inline content renders as nothing: write {' '}, or join both sides in one expression if no space belongs",
          );
        return;
      }
      const leading = /^\s*/.exec(text)?.[0] ?? '';
      const trailing = /\s*$/.exec(text)?.[0] ?? '';
      if (hasBreak(leading) && joins(prev, false, inPhrasing) && !hugs(text, true))
        report(
          node.start,
          "a line break before this text renders as nothing: write {' '}, or join both sides in one expression if no space belongs",
        );
      if (hasBreak(trailing) && joins(next, true, inPhrasing) && !hugs(text, false))
        report(
          node.end - trailing.length,
          "a line break after this text renders as nothing: write {' '}, or join both sides in one expression if no space belongs",
        );
    });
  }

  function visit(value: unknown, inPhrasing: boolean): void {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, inPhrasing);
      return;
    }
    if (!isNode(value)) return;
    if (value.type === 'JSXElement') {
      const tag = tagOf(value);
      if (NO_WORDS.has(tag)) return;
      const phrasing = PHRASING_PARENTS.has(tag) || (inPhrasing && (isComponent(tag) || INLINE_TEXT.has(tag)));
      const children = nodes(value['children']);
      checkChildren(children, phrasing, isComponent(tag));
      for (const item of children) visit(item, phrasing);
      return;
    }
    if (value.type === 'JSXFragment' || value.type === 'AstroRoot') {
      const children = nodes(value[value.type === 'AstroRoot' ? 'body' : 'children']);
      checkChildren(children, inPhrasing, false);
      for (const item of children) visit(item, inPhrasing);
      return;
    }
    for (const [key, item] of Object.entries(value)) if (key !== 'type') visit(item, inPhrasing);
  }

  visit(ast, false);
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
