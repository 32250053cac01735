// The benchmark's HTTP target, in a process of its own so that its cost is not billed to the
// harness: answers 200 at once and keeps, per request, only what the figures need.
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';

let received: Array<[number, string, string]> = [];
const waiters: Array<{ count: number; res: import('node:http').ServerResponse }> = [];
const server = createServer((req, res) => {
  if (req.url?.startsWith('/__await?count=')) {
    // Long poll: answers once this many requests have arrived.
    const count = Number(req.url.slice('/__await?count='.length));
    if (received.length >= count) res.writeHead(204).end();
    else waiters.push({ count, res });
    return;
  }
  if (req.url === '/__stats') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(received));
    return;
  }
  if (req.url === '/__reset') {
    received = [];
    res.writeHead(204).end();
    return;
  }
  req.resume();
  req.on('end', () => {
    received.push([Date.now(), String(req.headers['calvin-scheduled-at']), req.url ?? '']);
    res.writeHead(200).end();
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (received.length >= waiters[i].count) waiters.splice(i, 1)[0].res.writeHead(204).end();
    }
  });
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${(server.address() as AddressInfo).port}\n`));
// Bounded: the harness kills it; if the harness died, it goes too.
setTimeout(() => process.exit(0), 30 * 60_000).unref();
process.on('disconnect', () => process.exit(0));
