/** Caps that keep a public demo server up: open sockets per IP and in total, and runs per minute per IP. */

/** Configured caps. */
export interface LimitOptions {
  /** Open sockets one IP may hold. */
  perIpSockets: number;
  /** Open sockets in total. */
  globalSockets: number;
  /** Runs (upgrades) one IP may start per minute. */
  perIpRunsPerMinute: number;
}

/** Why a connection was refused. */
export type LimitVerdict = 'ok' | 'ip-sockets' | 'global-sockets' | 'ip-rate';

/** Counts open sockets and recent runs. */
export class Limits {
  private readonly open = new Map<string, number>();
  private readonly recent = new Map<string, number[]>();
  private total = 0;
  /** The caps in force. */
  readonly options: LimitOptions;

  constructor(options: LimitOptions) {
    this.options = options;
  }

  /** May `ip` open one more socket now? Counts the run when it may. */
  admit(ip: string): LimitVerdict {
    if (this.total >= this.options.globalSockets) return 'global-sockets';
    if ((this.open.get(ip) ?? 0) >= this.options.perIpSockets) return 'ip-sockets';
    const now = Date.now();
    const runs = (this.recent.get(ip) ?? []).filter((t) => t > now - 60_000);
    if (runs.length >= this.options.perIpRunsPerMinute) {
      this.recent.set(ip, runs);
      return 'ip-rate';
    }
    runs.push(now);
    this.recent.set(ip, runs);
    return 'ok';
  }

  /** A socket from `ip` opened. */
  opened(ip: string): void {
    this.total++;
    this.open.set(ip, (this.open.get(ip) ?? 0) + 1);
  }

  /** A socket from `ip` closed. */
  closed(ip: string): void {
    this.total--;
    const left = (this.open.get(ip) ?? 1) - 1;
    if (left > 0) this.open.set(ip, left);
    else this.open.delete(ip);
  }

  /** Open sockets in total. */
  get openSockets(): number {
    return this.total;
  }
}
