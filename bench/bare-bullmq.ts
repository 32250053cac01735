// The benchmark's ceiling: a bare BullMQ worker with a no-op processor, in its own process like the
// real worker. Processes COUNT pre-filled jobs and prints the first and last completion times.
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';

const count = Number(process.env.COUNT);
const connection = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });
let first = 0;
let firstCpu = process.cpuUsage();
let done = 0;
const worker = new Worker(process.env.QUEUE_NAME!, async () => undefined, {
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
    void worker.close().then(() => process.exit(0));
  }
});
// Bounded: a benchmark that cannot finish says so instead of hanging.
setTimeout(() => {
  process.stderr.write(`bare BullMQ: only ${done}/${count} jobs in 120 s\n`);
  process.exit(1);
}, 120_000).unref();
