/** The lab's measured messages that a stack's source templates print, for showing them side by side. */
import type { LabData } from '../observations/labIndex.ts';
import type { Scenario } from '../scenarios/catalog.ts';
import { matchesTemplate } from './templateMatch.ts';
import type { Stack } from './stackSchema.ts';

/** One measured message a template printed, with the scenarios it came from. */
export interface MeasuredMessage {
  /** The message, normalised as published. */
  text: string;
  /** The scenarios that produced it, in catalog order. */
  scenarios: Scenario[];
}

/** The messages `stack`'s lab client gave that `template` prints (none when the stack has no lab client). */
export function measuredMatches(stack: Stack, template: string, lab: LabData): MeasuredMessage[] {
  if (!stack.labClient) return [];
  const found = new Map<string, MeasuredMessage>();
  for (const scenario of lab.scenarios) {
    const cell = lab.cells.get(scenario.id)?.get(stack.labClient);
    for (const { outcome } of cell?.outcomes ?? [])
      for (const { text } of outcome.messages) {
        if (!matchesTemplate(template, text)) continue;
        const entry = found.get(text) ?? { text, scenarios: [] };
        found.set(text, entry);
        if (!entry.scenarios.includes(scenario)) entry.scenarios.push(scenario);
      }
  }
  return [...found.values()];
}
