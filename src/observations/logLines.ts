/**
 * "What your logs say": the distinct messages clients gave in a set of
 * scenarios, each with who gave it and where, drawn only from the measured
 * data, so that a pasted log line finds its page.
 */
import type { MessageSource } from '../scenarios/runScenario.ts';
import type { Scenario } from '../scenarios/catalog.ts';
import type { Cell } from './labIndex.ts';

/** One distinct message. */
export interface LogLine {
  /** The text, normalised as published, as the first scenario gave it. */
  text: string;
  /** Where it came from. */
  via: MessageSource;
  /** The clients that gave it, in display order, once each. */
  clients: Cell['client'][];
  /** The scenarios it came from, in catalog order, once each. */
  scenarios: Scenario[];
}

/**
 * What makes two messages one line: the same source and the same words, once
 * the scenario's own id and the numbers are set aside. So "Unexpected response
 * code: 403" and "…: 404" from the same client share a line that lists both
 * scenarios and shows the first text exactly.
 */
function shapeOf(via: string, text: string, scenario: Scenario): string {
  return `${via}\n${text.replaceAll(scenario.id, '').replace(/\d+/g, '#')}`;
}

/** Every distinct message of `cells` (scenario, cell pairs), in the order first seen. */
export function logLines(cells: readonly { scenario: Scenario; cell: Cell }[]): LogLine[] {
  const lines = new Map<string, LogLine>();
  for (const { scenario, cell } of cells) {
    for (const { outcome } of cell.outcomes) {
      for (const message of outcome.messages) {
        const key = shapeOf(message.via, message.text, scenario);
        const line = lines.get(key) ?? { text: message.text, via: message.via, clients: [], scenarios: [] };
        lines.set(key, line);
        if (!line.clients.some((c) => c.id === cell.client.id)) line.clients.push(cell.client);
        if (!line.scenarios.includes(scenario)) line.scenarios.push(scenario);
      }
    }
  }
  return [...lines.values()];
}

/** Log lines that came from the same scenarios, listed under them once. */
export interface LogGroup {
  /** The scenarios, in catalog order. */
  scenarios: Scenario[];
  /** Their lines, in the order first seen. */
  lines: LogLine[];
}

/** Group lines by the scenarios they came from, in the order first seen. */
export function groupLogLines(lines: readonly LogLine[]): LogGroup[] {
  const groups = new Map<string, LogGroup>();
  for (const line of lines) {
    const key = line.scenarios.map((s) => s.id).join(' ');
    const group = groups.get(key) ?? { scenarios: line.scenarios, lines: [] };
    groups.set(key, group);
    group.lines.push(line);
  }
  return [...groups.values()];
}
