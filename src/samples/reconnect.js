// Reconnect with truncated exponential backoff and full jitter (RFC 6455 §7.2.3).
export const RETRY_CODES = new Set([1001, 1006, 1011, 1012, 1013, 1014]);

/**
 * @param {string} url
 * @param {(ws: WebSocket) => void} onOpen
 * @param {{ base?: number, cap?: number }} [options] delays in milliseconds
 */
export function connectWithBackoff(url, onOpen, { base = 500, cap = 30_000 } = {}) {
  let attempt = 0;
  let stopped = false;
  const connect = () => {
    const ws = new WebSocket(url);
    ws.addEventListener('open', () => {
      attempt = 0;
      onOpen(ws);
    });
    ws.addEventListener('close', (event) => {
      if (stopped || !RETRY_CODES.has(event.code)) return;
      // Full jitter: a random delay up to the current ceiling spreads reconnect storms.
      const delay = Math.random() * Math.min(cap, base * 2 ** attempt++);
      setTimeout(connect, delay);
    });
  };
  connect();
  return { stop: () => void (stopped = true) };
}
