/**
 * The `client-navigate-away` scenario's iframe page: open the scenario's
 * socket, then navigate away once it is open, so the browser must close it
 * (WHATWG "make disappear"). The socket path comes from the page's
 * `data-socket-path`; the run id from `?run=`.
 */
const path = document.querySelector<HTMLElement>('[data-socket-path]')?.dataset['socketPath'];
if (path) {
  const run = new URLSearchParams(location.search).get('run') ?? '';
  const url = new URL(`${path}?run=${encodeURIComponent(run)}`, location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const socket = new WebSocket(url);
  socket.onopen = () => setTimeout(() => location.replace('about:blank'), 50);
}
