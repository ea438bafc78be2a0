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
  /** Per-IP token buckets: `perIpRunsPerMinute` tokens, refilled continuously; O(1) per run. */
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
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
    const capacity = this.options.perIpRunsPerMinute;
    const bucket = this.buckets.get(ip) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) * capacity) / 60_000);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.buckets.set(ip, bucket);
      return 'ip-rate';
    }
    bucket.tokens -= 1;
    this.buckets.set(ip, bucket);
    if (this.buckets.size > 50_000) this.forgetFullBuckets(now);
    return 'ok';
  }

  /** Drop buckets that have refilled completely: they carry no information. */
  private forgetFullBuckets(now: number): void {
    const capacity = this.options.perIpRunsPerMinute;
    for (const [ip, b] of this.buckets) {
      if (b.tokens + ((now - b.at) * capacity) / 60_000 >= capacity) this.buckets.delete(ip);
    }
  }

  /**
   * Seconds after which a refused client may try again (`Retry-After`): one
   * token's refill for the per-IP rate; for socket caps, a short wait for
   * sockets to close.
   */
  retryAfterSeconds(verdict: Exclude<LimitVerdict, 'ok'>): number {
    return verdict === 'ip-rate' ? Math.max(1, Math.ceil(60 / this.options.perIpRunsPerMinute)) : 5;
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
