import type { UiKey } from '../i18n/en.ts';
import { isAllowedFromPageClose, rangeOf } from '../rules/closeCodeRules.ts';
import { reconnectTone, type BadgeTone, type CloseCode } from './codeSchema.ts';

/** One structured fact about a code, as a label key and a value key or literal. */
export interface Fact {
  /** Dictionary key of the row label. */
  label: UiKey;
  /** Dictionary key of the value, or a literal when `literal` is set. */
  value: string;
  /** True when `value` is shown as is rather than looked up. */
  literal?: boolean;
  /** Shown as a badge of this tone. */
  badge?: BadgeTone;
  /** The language of a literal quoted verbatim from a source (the IANA registry, the RFC), marked on other pages. */
  lang?: 'en';
}

/** The structured facts of a code, in display order; shared by code and compare pages. */
export function factsOf(code: CloseCode): Fact[] {
  const fromPage = isAllowedFromPageClose(code.code);
  return [
    { label: 'facts.range', value: `range.${rangeOf(code.code) ?? 'unused'}` },
    { label: 'facts.category', value: `category.${code.category}` },
    { label: 'facts.definedIn', value: code.definedIn, literal: true },
    ...(code.registryDescription
      ? [
          {
            label: 'facts.registryText' as const,
            value: `“${code.registryDescription}”`,
            literal: true,
            lang: 'en' as const,
          },
          { label: 'facts.ourLabel' as const, value: code.name, literal: true },
        ]
      : []),
    ...(code.rfcName
      ? [{ label: 'facts.rfcName' as const, value: code.rfcName, literal: true, lang: 'en' as const }]
      : []),
    ...(code.registration
      ? [
          {
            label: 'facts.registered' as const,
            value: [code.registration.registrant, code.registration.date].filter(Boolean).join(', '),
            literal: true,
          },
        ]
      : []),
    { label: 'facts.onTheWire', value: `onTheWire.${code.onTheWire}`, badge: 'neutral' },
    { label: 'facts.sender', value: `sender.${code.sender}` },
    { label: 'facts.fromPage', value: fromPage ? 'yes' : 'no', badge: 'neutral' },
    { label: 'facts.reconnect', value: `reconnect.${code.reconnect}`, badge: reconnectTone(code.reconnect) },
  ];
}
