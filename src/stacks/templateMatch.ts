/**
 * Matching a message a client gave against a template read from its
 * library's source: the template's placeholders (`%d`, `%s`, `{}`,
 * `{self.rcvd}`, `${code}`) stand for any text, the rest must appear verbatim.
 */

/** Placeholders as Go, Python, JavaScript and C# format strings write them. */
const PLACEHOLDER = /%[a-z]|\$\{[^}]*\}|\{[^}]*\}/g;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression that finds `template` inside a message. */
export function templatePattern(template: string): RegExp {
  return new RegExp(template.split(PLACEHOLDER).map(escape).join('.+?'));
}

/**
 * Whether `text` is what `template` prints: an empty template matches only an
 * empty message; otherwise the filled template appears in the message (which
 * may carry a prefix such as the exception's class).
 */
export function matchesTemplate(template: string, text: string): boolean {
  return template === '' ? text === '' : templatePattern(template).test(text);
}
