// The benchmark's ceiling: a bare BullMQ worker with a no-op processor, in its own process like the
// real worker. Processes COUNT pre-filled jobs and prints the first and last completion times.
// With POST_URL, the processor sends one plain POST there per job (undici's Agent, as the worker
// does): the floor of any worker that makes one HTTP request per job, with no signing, records or
// markers.
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { Agent } from 'undici';

const count = Number(process.env.COUNT);
const connection = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });
let first = 0;
let firstCpu = process.cpuUsage();
let done = 0;
const postUrl = process.env.POST_URL;
const agent = new Agent({ connections: 256, keepAliveTimeout: 10_000 });
const processor = postUrl
  ? async (): Promise<void> => {
    const { origin, pathname } = new URL(postUrl);
    const response = await agent.request({ origin, path: pathname, method: 'POST', body: '', headers: { 'content-type': 'application/json' } });
    await response.body.dump();
  }
  : async (): Promise<void> => undefined;
const worker = new Worker(process.env.QUEUE_NAME!, processor, {
  connection,
  concurrency: Number(process.env.CONCURRENCY),
});
worker.on('completed', () => {
  done++;
  if (done === 1) {
    first = performance.timeOrigin + performance.now();
    firstCpu = process.cpuUsage();
  }
  if (done === count) {
    const last = performance.timeOrigin + performance.now();
    // CPU (user + system) between the first and the last completion: the cost per job, which load
    // from elsewhere on the machine changes far less than the rate.
    const cpu = process.cpuUsage(firstCpu);
    process.stdout.write(`${JSON.stringify({ first, last, count: done, cpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
    void Promise.all([worker.close(), agent.close()]).then(() => process.exit(0));
  }
});
// Bounded: a benchmark that cannot finish says so instead of hanging.
setTimeout(() => {
  process.stderr.write(`bare BullMQ: only ${done}/${count} jobs in 120 s\n`);
  process.exit(1);
}, 120_000).unref();
