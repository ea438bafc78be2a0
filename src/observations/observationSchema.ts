import { z } from 'astro/zod';
import { CLIENT_IDS } from './clientIds.ts';
import { MESSAGE_SOURCES } from '../scenarios/runScenario.ts';

/** The Close frame a server received from the client in one run. */
export const wireCloseSchema = z.object({
  /** Status code (1005 for an empty Close frame). */
  code: z.number().int(),
  /** Reason text. */
  reason: z.string(),
});

/** What one client did in one run of a scenario; identical runs are counted, not repeated. */
export const outcomeSchema = z.object({
  /** How many of the client's runs of the scenario ended exactly like this. */
  count: z.number().int().min(1),
  /** The events the client's API fired, in order. */
  events: z.array(z.enum(['open', 'message', 'error', 'close', 'timeout'])),
  /** Close code the API reported; null if it never closed. */
  code: z.number().int().nullable(),
  /** Close reason the API reported. */
  reason: z.string(),
  /** `wasClean` as the API reported it; null where the API has none. */
  wasClean: z.boolean().nullable(),
  /** The Close frame the client put on the wire, per the server's record; null when it sent none. */
  serverReceived: wireCloseSchema.nullable(),
  /** What the client told its programmer, in order, with ports and run ids replaced by placeholders. */
  messages: z.array(
    z.object({
      /** Where it came from. */
      via: z.enum(MESSAGE_SOURCES),
      /** The text. */
      text: z.string(),
    }),
  ),
});
/** What one client did in one or more identical runs of a scenario. */
export type Outcome = z.infer<typeof outcomeSchema>;

/** What one client did in one scenario, over every run: one outcome when stable, several when not. */
export const observationSchema = z.object({
  /** Scenario id from the demo catalog. */
  scenario: z.string(),
  /** Each distinct outcome with its count, most frequent first; more than one means the cell is unstable. */
  outcomes: z.array(outcomeSchema).min(1),
});
/** What one client did in one scenario. */
export type Observation = z.infer<typeof observationSchema>;

/** One client's measurements: `content/observations/<client>.json`. */
export const clientObservationsSchema = z
  .object({
    /** The client measured. */
    client: z.object({
      /** Stable id: chromium, firefox, webkitgtk, node, ws. */
      id: z.enum(CLIENT_IDS),
      /** Honest human name, e.g. "WebKitGTK MiniBrowser (not Safari)". */
      name: z.string(),
      /** The exact version measured. */
      version: z.string(),
      /** OS and architecture it ran on. */
      platform: z.string(),
      /** How the lab drove it, and where its messages were read from. */
      driven: z.string(),
    }),
    /** ISO date of the run. */
    date: z.string(),
    /** How many times each scenario was run; each observation's outcome counts add up to it. */
    runs: z.number().int().min(1),
    /** One entry per scenario the client can run. */
    results: z.array(observationSchema),
  })
  .superRefine((file, ctx) =>
    file.results.forEach((r, i) => {
      const total = r.outcomes.reduce((n, o) => n + o.count, 0);
      if (total !== file.runs)
        ctx.addIssue({
          code: 'custom',
          path: ['results', i, 'outcomes'],
          message: `${r.scenario}: outcome counts add up to ${total}, not to runs (${file.runs})`,
        });
    }),
  );
/** One client's measurements. */
export type ClientObservations = z.infer<typeof clientObservationsSchema>;
export type { ClientId } from './clientIds.ts';
