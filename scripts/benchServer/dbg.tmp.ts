import { fork } from 'node:child_process';
const server = fork(new URL('./serverProcess.ts', import.meta.url), {
  execArgv: ['--expose-gc'],
  env: { ...process.env, IDLE_SOCKETS: '10' },
});
const { port } = await new Promise<any>((r) => server.once('message', r));
for (const conc of [10, 10]) {
  const c = fork(new URL('./loadClient.ts', import.meta.url));
  const urls = [
    'server-close-1000',
    'client-close-1000',
    'echo',
    'server-empty-close',
    'server-close-1012',
    'policy-violation',
  ].map((id) => `ws://127.0.0.1:${port}/demo/ws/${id}`);
  const m: any = await new Promise((r) => {
    c.once('message', r);
    c.send({
      kind: 'runs',
      urls,
      concurrency: conc,
      durationMs: 3000,
      localAddress: `127.9.${Math.floor(Math.random() * 200)}.${conc}`,
    });
  });
  const l = (m.latencies as number[]).sort((a, b) => a - b);
  console.log(
    m.runs,
    'p50',
    l[Math.floor(l.length / 2)]?.toFixed(1),
    'p99',
    l[Math.floor(l.length * 0.99)]?.toFixed(1),
    'n>50',
    l.filter((x) => x > 50).length,
    'first',
    m.latencies.slice(0, 3),
  );
  c.kill();
}
server.kill();
