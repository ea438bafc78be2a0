/** What the demo server reports about one run (`GET /demo/runs/<id>`): the contract between the server and every client of it. */

/** A Close frame as seen on the wire. */
export interface WireClose {
  /** The status code; 1005 when the frame had no body, as RFC 6455 §7.1.5 reports it. */
  code: number;
  /** The reason text (decoded leniently). */
  reason: string;
  /** The whole frame payload (unmasked) in hex; empty for an empty Close frame. */
  payloadHex: string;
  /** Milliseconds since the tap started. */
  at: number;
}

/** How the TCP connection ended, seen from the server. */
export type TcpEnd =
  | 'open'
  | 'client-closed-first' // the client's FIN arrived before the server ended its side
  | 'server-closed-first' // the server ended its side first
  | 'server-destroyed' // the server destroyed the socket without a Close frame
  | 'reset'; // the connection ended with an error

/** Everything the server knows about one run. */
export interface RunRecord {
  /** The run id the client chose (or the server assigned). */
  id: string;
  /** The scenario that ran. */
  scenario: string;
  /** ISO time the run started. */
  startedAt: string;
  /** HTTP status of the opening handshake: 101, or the refusal (403). */
  handshake: number;
  /** The Close frame the server wrote, or `null` if it wrote none. */
  serverSent: WireClose | null;
  /** The Close frame the client sent, or `null` if none arrived. */
  serverReceived: WireClose | null;
  /** Who sent the first Close frame. */
  closedFirst: 'server' | 'client' | 'nobody';
  /** How TCP ended. */
  tcp: TcpEnd;
  /** Milliseconds from upgrade to the socket closing, once it has. */
  durationMs: number | null;
  /** Messages the server received (counts only; bodies are never kept). */
  messagesReceived: number;
  /** A frame the server wrote by hand to break the protocol on purpose, in hex, or `null`. */
  rawFrameSent: string | null;
}
