/**
 * The claim lint: hand-written text may say what a standard requires, never
 * what clients do. Client behaviour is written as `{obs:…}` references,
 * rendered from the lab's measurements. This finds sentences that state
 * client, page or browser behaviour as a fact without attributing it to a
 * standard.
 */

/** Who a behaviour claim is about. */
const ACTOR =
  '(?:browsers?|user agents?|(?:the |a |your |browser |every )?pages?|page (?:script|code|JavaScript)|(?:chrom(?:e|ium)|firefox|safari|webkit(?:gtk)?|edge|undici|deno|bun)(?: \\d+)?)';
/** Words that may stand between the actor and the verb without making the claim a permission or a duty. */
const HEDGE_FREE =
  "(?:(?:do|does|will|would|always|never|usually|typically|often|still|then|therefore|only|also|just|not|n't|cannot|can't|won't|don't|doesn't)\\s+)*";
/** Verbs of observable behaviour. */
const VERB =
  '(?:see|sees|get|gets|receive|receives|report|reports|fire|fires|show|shows|surface|surfaces|expose|exposes|give|gives|throw|throws|send|sends|deliver|delivers|map|maps|turn|turns|treat|treats|use|uses)';

/** An absolute: "always false", "never sees", "can never arrive", "is never sent". */
const ABSOLUTE = new RegExp(
  `\\b(?:always|never)\\s+(?:be\\s+|been\\s+|is\\s+)?(?:true|false|${VERB}|seen|sent|reported|arrive|arrives)\\b`,
  'i',
);
/** An actor doing something, stated as fact: "browsers report", "a page never sees", "Firefox shows". */
const ACTOR_DOES = new RegExp(`\\b${ACTOR}\\s+${HEDGE_FREE}${VERB}\\b`, 'i');
/** "X is always false / true", "wasClean is always false". */
const ALWAYS_VALUE = /\b(?:is|are)\s+always\s+(?:true|false)\b/i;

/** A sentence that names the standard it reports is allowed to say what that standard requires. */
const ATTRIBUTED =
  /\b(?:RFC\s?\d{4}|WHATWG|the (?:WebSockets? )?standard|the specs?|the specification|the IANA registry|the registry)\b|§/i;
/** A sentence that starts with "Never" is advice to the reader, and one that starts with "If" a hypothesis: neither is a claim. */
const IMPERATIVE = /^\s*(?:never|always|do not|don't|if)\b/i;

/** Split prose into sentences. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?;:])\s+(?=[A-Z`"(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Why one sentence is an unsourced behaviour claim, or `undefined` when it is fine. */
export function claimProblem(sentence: string): string | undefined {
  if (ATTRIBUTED.test(sentence)) return undefined;
  const absolute = ALWAYS_VALUE.exec(sentence) ?? (IMPERATIVE.test(sentence) ? null : ABSOLUTE.exec(sentence));
  if (absolute) return `absolute claim "${absolute[0]}"`;
  const actor = IMPERATIVE.test(sentence) ? null : ACTOR_DOES.exec(sentence);
  if (actor && !/\b(?:may|might|must|should|can|could|shall)\b/i.test(actor[0]))
    return `claim about what clients do, "${actor[0]}"`;
  return undefined;
}

/**
 * Every unsourced behaviour claim in `text` (with `{obs:…}` references
 * already taken out), as "reason: sentence"; empty when the text is clean.
 */
export function lintClaims(text: string): string[] {
  return sentencesOf(text).flatMap((s) => {
    const problem = claimProblem(s);
    return problem
      ? [
          `${problem} in "${s.length > 140 ? `${s.slice(0, 137)}…` : s}": attribute it to a standard, or write it as an {obs:<scenario>} reference`,
        ]
      : [];
  });
}
