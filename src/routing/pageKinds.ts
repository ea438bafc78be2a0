/**
 * One sample page of every kind the site builds: what the layout tests, the
 * screenshots and the audits visit. Paths come from the route helpers; the
 * ids are real content (a test checks each page exists).
 */
import {
  apiPath,
  clientPath,
  clientsPath,
  codePath,
  comparePath,
  decodePath,
  homePath,
  protocolPath,
  rangePath,
  reconnectPath,
  stackPath,
  stacksPath,
} from './routes.ts';

/** Every page kind with one sample path. */
export const PAGE_KINDS = {
  /** The home page: the code table, tools, the pair picker. */
  home: homePath(),
  /** A standard code's page (the heaviest one). */
  code: codePath(1006),
  /** A code defined by an application protocol. */
  protocolCode: codePath(4004),
  /** A hand-written comparison. */
  compare: comparePath(1006, 1015),
  /** The any-pair comparison, rendered in the browser. */
  anyPair: '/compare/?a=1003&b=3008',
  /** An application protocol's codes. */
  protocol: protocolPath('graphql-ws'),
  /** A range of codes. */
  range: rangePath('4000-4999'),
  /** The measured matrix. */
  clients: clientsPath(),
  /** One measured client. */
  client: clientPath('chromium'),
  /** The stacks index. */
  stacks: stacksPath(),
  /** One stack. */
  stack: stackPath('gorilla-websocket'),
  /** The log decoder. */
  decode: decodePath(),
  /** The reconnect guide. */
  reconnect: reconnectPath(),
  /** The API documentation. */
  api: apiPath(),
  /** The not-found page. */
  notFound: '/404.html',
  /** The Korean home page. */
  koHome: homePath('ko'),
  /** A standard code's page in Korean. */
  koCode: codePath(1006, 'ko'),
  /** A hand-written comparison in Korean. */
  koCompare: comparePath(1006, 1015, 'ko'),
} as const;

/** A page kind's name. */
export type PageKind = keyof typeof PAGE_KINDS;
