/**
 * The labels of the cited sections in Korean, for every section whose label is
 * prose (RFC 6455's read "RFC 6455 §x" in every language). `translatedFrom` is
 * the hash of the English label; see `src/i18n/textTranslation.ts`. The
 * registry's name is a proper name, kept in English as the Korean content does.
 */
import type { SectionTranslations } from '../translatable.ts';

export const KO_SECTION_TEXT = {
  'whatwg-close-steps': { translatedFrom: '544c3fcf20', label: 'WHATWG: 연결이 닫혔을 때' },
  'whatwg-feedback': { translatedFrom: 'a61f783210', label: 'WHATWG: 프로토콜의 피드백' },
  'whatwg-close-method': { translatedFrom: 'a470ffbd53', label: 'WHATWG: close()' },
  'whatwg-make-disappear': { translatedFrom: '533deae56e', label: 'WHATWG: 문서가 사라질 때' },
  'iana-registry': { translatedFrom: '2e6462b3c0', label: 'IANA WebSocket Close Code Number Registry' },
} satisfies SectionTranslations;
