/** The sections of the standards that scenario expectations cite, each with its label and link. */

const RFC = 'https://www.rfc-editor.org/rfc/rfc6455';
const WHATWG = 'https://websockets.spec.whatwg.org/';

/** Every section an expectation may cite. */
export const SPEC_SECTIONS = {
  'rfc6455-4.1': { label: 'RFC 6455 §4.1', url: `${RFC}#section-4.1` },
  'rfc6455-5.1': { label: 'RFC 6455 §5.1', url: `${RFC}#section-5.1` },
  'rfc6455-5.2': { label: 'RFC 6455 §5.2', url: `${RFC}#section-5.2` },
  'rfc6455-5.5.1': { label: 'RFC 6455 §5.5.1', url: `${RFC}#section-5.5.1` },
  'rfc6455-7.1.4': { label: 'RFC 6455 §7.1.4', url: `${RFC}#section-7.1.4` },
  'rfc6455-7.1.5': { label: 'RFC 6455 §7.1.5', url: `${RFC}#section-7.1.5` },
  'rfc6455-7.2.1': { label: 'RFC 6455 §7.2.1', url: `${RFC}#section-7.2.1` },
  'rfc6455-7.2.3': { label: 'RFC 6455 §7.2.3', url: `${RFC}#section-7.2.3` },
  'rfc6455-7.4.1': { label: 'RFC 6455 §7.4.1', url: `${RFC}#section-7.4.1` },
  'rfc6455-7.4.2': { label: 'RFC 6455 §7.4.2', url: `${RFC}#section-7.4.2` },
  'rfc6455-8.1': { label: 'RFC 6455 §8.1', url: `${RFC}#section-8.1` },
  'whatwg-close-steps': { label: 'WHATWG: when the connection is closed', url: `${WHATWG}#closeWebSocket` },
  'whatwg-feedback': { label: 'WHATWG: feedback from the protocol', url: `${WHATWG}#feedback-from-the-protocol` },
  'whatwg-close-method': { label: 'WHATWG: close()', url: `${WHATWG}#dom-websocket-close` },
  'whatwg-make-disappear': { label: 'WHATWG: make disappear', url: `${WHATWG}#make-disappear` },
  'iana-registry': {
    label: 'IANA WebSocket Close Code Number Registry',
    url: 'https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number',
  },
} as const satisfies Record<string, SpecSection>;

/** A section of a standard. */
export interface SpecSection {
  /** Short label, e.g. "RFC 6455 §7.1.5". */
  label: string;
  /** Link to the section. */
  url: string;
}

/** The id of a citable section. */
export type SpecSectionId = keyof typeof SPEC_SECTIONS;
