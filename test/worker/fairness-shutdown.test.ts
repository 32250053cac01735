import { join } from 'node:path';
import {
  catalogTrigger, RedisServer, S3Server, TargetServer, until, useRealParts, workerEnv, WorkerProcess, writeCatalog,
} from './harness';

/**
 * Issue 24, finding 4, against worker processes: a hog trigger firing every second at a target that
 * never answers (60 s timeout), beside a victim trigger. Before, with WORKER_CONCURRENCY=5 the hog
 * held every slot (the victim got 4 ticks in 16 s), and SIGTERM with SHUTDOWN_GRACE_MS=1000 exited
 * after 31 s with `Connection is closed.` errors.
 */

let redis: RedisServer;
let s3: S3Server;
let target: TargetServer;
let dir: string;
const { processes } = useRealParts((parts) => ({ redis, s3, target, dir } = parts));

let hung: TargetServer;
beforeEach(async () => {
  // Takes the request and never answers.
  hung = await new TargetServer(() => undefined).listen();
});
afterEach(async () => {
  await hung.close();
});

function hogAndVictim(env: Record<string, string>): Record<string, string> {
  writeCatalog(join(dir, 'triggers.json'), [
    catalogTrigger({ workspace: 'hog', name: 'hang', url: `${hung.url}/hang`, timeoutMs: 60_000, retry: { attempts: 1, baseDelayMs: 100, maxDelayMs: 100, jitter: false } }),
    catalogTrigger({ workspace: 'ws', name: 'victim', url: `${target.url}/victim` }),
  ]);
  return workerEnv({ redis, s3, dir, env: { WORKER_CONCURRENCY: '5', ...env } });
}

const scheduledAt = (headers: Record<string, unknown>): number => Date.parse(String(headers['calvin-scheduled-at']));

test('a trigger whose target hangs holds at most its share of the concurrency: the other trigger keeps firing on time', async () => {
  const worker = new WorkerProcess(hogAndVictim({}));
  processes.push(worker);
  // 12 victim ticks: by then the hog has fired 12 times too, each hanging for 60 s; without a share
  // it would hold all 5 slots after its fifth tick.
  const victim = await target.waitForRequests(12, 60_000);
  const lateness = victim.map((r) => r.receivedAt - scheduledAt(r.headers));
  expect(Math.max(...lateness)).toBeLessThan(3000);
  const ticks = victim.map((r) => scheduledAt(r.headers)).sort((a, b) => a - b);
  expect(ticks.slice(1).map((t, i) => t - ticks[i])).toEqual(Array(11).fill(1000));
  // The hog got one request in flight at a time (its share of 5), the rest recorded missed.
  expect(hung.requests.length).toBeLessThanOrEqual(3);
  const missed = worker.logs().filter((l) => l.msg === 'trigger tick missed' && l.trigger === 'hog/hang');
  expect(missed.length).toBeGreaterThan(0);
  expect(String(missed[0].error)).toMatch(/^not sent: 1 requests of this trigger are in flight on this replica/);
  expect(await worker.stop()).toBe(0);
}, 120_000);

test('SIGTERM keeps SHUTDOWN_GRACE_MS: the hung attempt is aborted, the process exits soon after the grace with no connection error, and another replica resends the tick', async () => {
  const env = hogAndVictim({ SHUTDOWN_GRACE_MS: '1000' });
  const first = new WorkerProcess({ ...env, WORKER_ID: 'first' });
  processes.push(first);
  const [inFlight] = await hung.waitForRequests(1, 30_000);
  await target.waitForRequests(2, 30_000);
  const signalled = Date.now();
  first.signal('SIGTERM');
  expect(await first.exited).toBe(0);
  const took = Date.now() - signalled;
  // The bound SHUTDOWN_GRACE_MS promises: the process is gone within the grace plus a second,
  // counted from the signal to its exit as this process saw it (before: 31 s). The worker's steps
  // after the grace take at most 0.55 s, and a timer at the grace + 0.85 s exits whatever is left
  // (a loaded machine runs its timers late).
  expect(took).toBeLessThan(1000 + 1000);
  expect(first.logs().some((l) => l.msg === 'scheduler worker stopped' || l.msg === 'shutdown reached SHUTDOWN_GRACE_MS + 1 s: exiting now')).toBe(true);
  expect(first.lines.filter((line) => /Connection is closed|ECONNRESET|ERR_/i.test(line))).toEqual([]);
  expect(first.logs().some((l) => l.msg === 'in-flight attempts did not finish within the grace period; aborted, their ticks left for another replica')).toBe(true);
  // The aborted attempt is recorded as such (and not retried by this replica).
  const aborted = first.logs().filter((l) => l.msg === 'trigger attempt failed' && l.trigger === 'hog/hang');
  expect(aborted.length).toBeGreaterThan(0);
  for (const log of aborted) expect(log).toMatchObject({ error: expect.stringMatching(/^aborted at the end of the shutdown grace \(SHUTDOWN_GRACE_MS\): /), retry: false });

  // A second replica takes the abandoned job once its lock expires and sends it again, same ids
  // (the target answers from now on, so the hog's new ticks do not hold its share meanwhile).
  hung.handler = (_request, res) => res.writeHead(200).end();
  const second = new WorkerProcess({ ...env, WORKER_ID: 'second' });
  processes.push(second);
  await until(() => hung.requests.filter((r) => r.headers['webhook-id'] === inFlight.headers['webhook-id']).length >= 2, [(wake) => {
    hung.on('request', wake);
    return () => hung.off('request', wake);
  }], 60_000, 'the abandoned tick sent again by the second replica');
  second.kill();
}, 120_000);
