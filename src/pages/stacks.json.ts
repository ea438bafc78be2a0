import type { APIRoute } from 'astro';
import { getStacks } from '../stacks/stackData.ts';
import { missingCodes } from '../stacks/stackQueries.ts';
import { permalink } from '../stacks/permalink.ts';
import { stackPath } from '../routing/routes.ts';

/**
 * `/stacks.json`: every stack as `content/stacks/` records it, each fact with
 * its permalink, the standard codes it gives no name to, and its page.
 */
export const GET: APIRoute = async ({ site }) => {
  const abs = (path: string) => new URL(path, site ?? 'http://localhost:4321').href;
  const stacks = (await getStacks()).map((stack) => ({
    ...stack,
    codes: stack.codes.map((c) => ({ ...c, source: permalink(stack, c) })),
    messages: Object.fromEntries(
      Object.entries(stack.messages).map(([kind, m]) => [kind, { ...m, source: permalink(stack, m) }]),
    ),
    notes: stack.notes.map((n) => ({ ...n, source: permalink(stack, n) })),
    missing: missingCodes(stack),
    url: abs(stackPath(stack.id)),
  }));
  return new Response(JSON.stringify({ version: 1, stacks }, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
