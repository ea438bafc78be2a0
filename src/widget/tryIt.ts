/**
 * The "Try it" widget, loaded when it scrolls into view or on its first
 * click (the boot script calls `activate`). Every string from the network is
 * shown with `textContent`, never as HTML.
 */
import { closeCallError, isCustomCode } from '../rules/closeCodeRules.ts';
import { verdictOf, type Verdict } from '../scenarios/verdict.ts';
import type { PublishedScenario } from '../scenarios/published.ts';
import { runScenario, type RunResult, type RunParams, type PageEvent } from '../scenarios/runScenario.ts';
import type { WidgetLabels, WidgetScenarioText } from './labels.ts';
import type { WireClose } from '../scenarios/runRecord.ts';
import { fill } from '../i18n/fill.ts';
import { appendInline } from '../components/inlineDom.ts';

interface Widget {
  root: HTMLElement;
  origin: string;
  labels: WidgetLabels;
  catalog: Promise<Map<string, PublishedScenario> | null>;
  busy: boolean;
}

/** The widget's UI strings, compiled in by the build (`ENTRY_LABELS` in `clientBundle.ts`). */
declare const WSCC_LABELS: WidgetLabels;
/**
 * Scenario titles, reasons and section labels in the page's language, compiled in by the build; `null` in
 * English, which shows the catalog's own: the code that reads them then compiles away.
 */
declare const WSCC_SCENARIO_TEXT: WidgetScenarioText | null;

const widgets = new WeakMap<HTMLElement, Widget>();

const VERDICT_LABELS = {
  matches: 'tryit.matches',
  differs: 'tryit.differs',
  open: 'tryit.open',
} as const satisfies Record<Verdict['status'], keyof WidgetLabels>;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

/** `s` with its title and reason in the page's language. */
function inPageLanguage(s: PublishedScenario, text: WidgetScenarioText): PublishedScenario {
  const own = text.scenarios[s.id];
  return own ? { ...s, title: own.title, description: own.description, expected: { ...s.expected, why: own.why } } : s;
}

async function loadCatalog(widget: Widget): Promise<Map<string, PublishedScenario> | null> {
  try {
    const res = await fetch(new URL('/demo/scenarios.json', widget.origin));
    if (!res.ok) throw new Error(String(res.status));
    const list = (await res.json()) as PublishedScenario[];
    return new Map(list.map((s) => [s.id, WSCC_SCENARIO_TEXT ? inPageLanguage(s, WSCC_SCENARIO_TEXT) : s]));
  } catch {
    const status = widget.root.querySelector('.tryit-status');
    if (status) status.textContent = fill(widget.labels['tryit.noServer'], { origin: widget.origin });
    widget.root.querySelectorAll('button').forEach((b) => b.setAttribute('aria-disabled', 'true'));
    return null;
  }
}

function describeEvent(e: PageEvent, labels: WidgetLabels): string {
  const time = `+${e.at} ms`;
  if (e.type === 'close')
    return fill(labels['tryit.event.close'], {
      time,
      code: e.code ?? '',
      reason: e.reason ?? '',
      wasClean: e.wasClean ?? '',
    });
  if (e.type === 'message') return fill(labels['tryit.event.message'], { time, bytes: e.bytes ?? 0 });
  return fill(labels['tryit.event.other'], { time, type: e.type });
}

function describeClose(close: WireClose | null, labels: WidgetLabels): string {
  if (!close) return labels['tryit.none'];
  const reason = close.reason ? ` "${close.reason}"` : '';
  return fill(labels['tryit.closeFrame'], {
    code: close.code,
    reason,
    hex: close.payloadHex || labels['tryit.emptyPayload'],
  });
}

function render(widget: Widget, s: PublishedScenario, result: RunResult, params: RunParams): HTMLElement {
  const { labels } = widget;
  const item = h('li', undefined, 'tryit-run');
  const verdict = verdictOf(
    s.expected,
    {
      code: result.close?.code ?? null,
      wasClean: result.close?.wasClean ?? null,
      error: result.events.some((e) => e.type === 'error'),
      ...(result.record ? { serverReceived: result.record.serverReceived?.code ?? null } : {}),
    },
    s.custom ? params.code : undefined,
  );
  const title = h('h3', `${s.title} `);
  // What the scenario does: the list shows only its title, so the page stays within its budget.
  const what = h('p', undefined, 'tryit-what');
  appendInline(what, s.description);
  title.append(h('span', labels[VERDICT_LABELS[verdict.status]], `verdict verdict-${verdict.status}`));
  const page = h('div');
  page.append(h('h4', labels['tryit.page']));
  const events = h('ol', undefined, 'tryit-events');
  for (const e of result.events) events.append(h('li', describeEvent(e, labels)));
  page.append(events);
  const wire = h('div');
  wire.append(h('h4', labels['tryit.wire']));
  if (result.record) {
    const dl = h('dl');
    const rows: [string, string][] = [
      [labels['tryit.serverSent'], describeClose(result.record.serverSent, labels)],
      [labels['tryit.clientSent'], describeClose(result.record.serverReceived, labels)],
      [labels['tryit.closedFirst'], result.record.closedFirst],
      [labels['tryit.tcp'], result.record.tcp],
      [labels['tryit.runId'], result.runId],
    ];
    for (const [k, v] of rows) dl.append(h('dt', k), h('dd', v));
    wire.append(dl);
  } else wire.append(h('p', labels['tryit.noRecord']));
  const cols = h('div', undefined, 'tryit-cols');
  cols.append(page, wire);
  const spec = h('p', `${labels['tryit.spec']}: ${s.expected.why}`, 'tryit-spec');
  for (const d of verdict.differences) {
    spec.append(
      h('br'),
      h('strong', fill(labels['tryit.difference'], { field: d.field, expected: d.expected, observed: d.observed })),
      ' (',
    );
    d.sections.forEach((section, i) => {
      const link = h('a', WSCC_SCENARIO_TEXT?.sections[section.url] ?? section.label);
      link.setAttribute('href', section.url);
      spec.append(...(i > 0 ? [', '] : []), link);
    });
    spec.append(')');
  }
  item.append(title, what, cols, spec);
  return item;
}

async function run(widget: Widget, id: string, params: RunParams = {}): Promise<void> {
  const catalog = await widget.catalog;
  const s = catalog?.get(id);
  if (!s) return;
  const status = widget.root.querySelector('.tryit-status')!;
  status.textContent = `${s.title}: ${widget.labels['tryit.running']}`;
  const result = await runScenario(s, widget.origin, params);
  widget.root.querySelector('.tryit-results')!.prepend(render(widget, s, result, params));
  const { labels } = widget;
  const seen = result.close ? fill(labels['tryit.status.close'], { ...result.close }) : labels['tryit.status.noClose'];
  const wire = result.record
    ? fill(labels['tryit.status.wire'], { code: result.record.serverReceived?.code ?? labels['tryit.none'] })
    : '';
  status.textContent = fill(labels['tryit.status'], { title: s.title, seen, wire });
}

async function handle(widget: Widget, target: Element): Promise<void> {
  if (widget.busy) return;
  const button = target.closest('button');
  if (!button || button.getAttribute('aria-disabled') === 'true') return;
  widget.busy = true;
  try {
    if (button.dataset['scenario']) await run(widget, button.dataset['scenario']);
    else if (button.hasAttribute('data-run-all')) {
      for (const b of widget.root.querySelectorAll<HTMLButtonElement>('button[data-scenario]'))
        await run(widget, b.dataset['scenario']!);
    } else if (button.dataset['custom']) {
      const form = button.closest('form')!;
      const code = Number((form.elements.namedItem('code') as HTMLInputElement).value);
      const reason = (form.elements.namedItem('reason') as HTMLInputElement).value;
      if (!isCustomCode(code) || closeCallError(code, reason)) {
        widget.root.querySelector('.tryit-status')!.textContent = widget.labels['tryit.custom.invalid'];
      } else await run(widget, button.dataset['custom'], { code, reason });
    }
  } finally {
    widget.busy = false;
  }
}

/** Mount the widget on `root` (once), then act on the click that loaded it, if any. */
export function activate(root: HTMLElement, target?: Element): void {
  let widget = widgets.get(root);
  if (!widget) {
    root.dataset['live'] = '1';
    const w: Widget = {
      root,
      origin: root.dataset['demoOrigin'] || location.origin,
      labels: WSCC_LABELS,
      catalog: Promise.resolve(null),
      busy: false,
    };
    w.catalog = loadCatalog(w);
    widgets.set(root, w);
    widget = w;
    root.addEventListener('click', (e) => {
      if (e.target instanceof Element && e.target.closest('button')) {
        e.preventDefault();
        void handle(w, e.target);
      }
    });
  }
  if (target) void handle(widget, target);
}
