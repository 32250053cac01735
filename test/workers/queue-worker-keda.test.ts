/**
 * What KEDA would scale a synthesized QueueWorker to, against a real redis-server holding jobs the
 * installed BullMQ enqueued (plain, prioritized, delayed): the key names and types are BullMQ's
 * own, counted the way KEDA's redis scaler counts them, combined by the synthesized formula.
 */
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { QueueWorker, QueueWorkerProps } from '../../constructs';
import { findObject, synthPlatform } from '../helpers';
import { RedisServer, startRedis } from '../worker/servers';
import { KedaHpaSimulation, scaledObjectReplicas } from './keda-model';

let redis: RedisServer;
let client: Redis;
beforeAll(async () => {
  redis = await startRedis();
  client = new Redis(redis.url, { maxRetriesPerRequest: null });
});
afterAll(async () => {
  client?.disconnect();
  await redis?.stop();
});

let queueCount = 0;
/** A fresh queue name per test (one Redis for the file), and the worker's synthesized ScaledObject. */
function worker(props: Partial<QueueWorkerProps> = {}): { queue: Queue; scaledObject: any } {
  const name = `jobs-${++queueCount}`;
  const docs = synthPlatform((platform) => { new QueueWorker(platform, 'mailer', { image: 'ghcr.io/acme/mailer:1.0.0', queue: name, ...props }); });
  const queue = new Queue(name, { connection: client, ...(props.prefix ? { prefix: props.prefix } : {}) });
  return { queue, scaledObject: findObject(docs, 'ScaledObject', 'mailer') };
}

async function addJobs(queue: Queue, count: number, opts: { priority?: number; delay?: number } = {}): Promise<void> {
  await queue.addBulk(Array.from({ length: count }, (_, i) => ({ name: 'send', data: { i }, opts })));
}

describe('a QueueWorker\'s ScaledObject, evaluated as KEDA would against BullMQ\'s keys', () => {
  test('BullMQ keeps plain jobs in the list, prioritized and delayed ones in sorted sets, under the names the triggers read', async () => {
    const { queue, scaledObject } = worker();
    await addJobs(queue, 1);
    await addJobs(queue, 1, { priority: 5 });
    await addJobs(queue, 1, { delay: 3_600_000 });
    const keys = Object.fromEntries(scaledObject.spec.triggers.map((t: any) => [t.name, t.metadata.listName]));
    expect(keys).toEqual({ wait: `bull:${queue.name}:wait`, prioritized: `bull:${queue.name}:prioritized`, delayed: `bull:${queue.name}:delayed` });
    expect({ wait: await client.type(keys.wait), prioritized: await client.type(keys.prioritized), delayed: await client.type(keys.delayed) })
      .toEqual({ wait: 'list', prioritized: 'zset', delayed: 'zset' });
    expect(await queue.getJobCounts('wait', 'prioritized', 'delayed')).toEqual({ wait: 1, prioritized: 1, delayed: 1 });
    await queue.close();
  });

  test('an empty queue runs no replica; 25 plain jobs run 3 (10 per replica)', async () => {
    const { queue, scaledObject } = worker();
    expect((await scaledObjectReplicas(client, scaledObject)).replicas).toBe(0);
    await addJobs(queue, 25);
    expect(await scaledObjectReplicas(client, scaledObject)).toMatchObject({ replicas: 3, values: { wait: 25, prioritized: 0, delayed: 0 } });
    await queue.close();
  });

  test('plain and prioritized jobs are summed, not the larger taken (KEDA\'s default without the formula)', async () => {
    const { queue, scaledObject } = worker();
    await addJobs(queue, 25);
    await addJobs(queue, 10, { priority: 3 });
    const result = await scaledObjectReplicas(client, scaledObject);
    expect(result).toMatchObject({ composite: 35, replicas: 4 });
    // max(25, 10) / 10 would have run 3.
    await queue.close();
  });

  test('only prioritized jobs still wake the worker from zero', async () => {
    const { queue, scaledObject } = worker();
    await addJobs(queue, 2, { priority: 1 });
    expect((await scaledObjectReplicas(client, scaledObject)).replicas).toBe(1);
    await queue.close();
  });

  test('a delayed job alone keeps one replica (to promote it when due); with delayedJobs "ignore" it would be stranded at 0', async () => {
    const woken = worker();
    await addJobs(woken.queue, 1, { delay: 3_600_000 });
    expect(await scaledObjectReplicas(client, woken.scaledObject)).toMatchObject({ replicas: 1, values: { wait: 0, prioritized: 0, delayed: 1 } });
    const ignoring = worker({ delayedJobs: 'ignore' });
    await addJobs(ignoring.queue, 1, { delay: 3_600_000 });
    expect((await scaledObjectReplicas(client, ignoring.scaledObject)).replicas).toBe(0);
    await Promise.all([woken.queue.close(), ignoring.queue.close()]);
  });

  test('delayed jobs add no replicas beyond what the waiting ones need', async () => {
    const { queue, scaledObject } = worker();
    await addJobs(queue, 35);
    await addJobs(queue, 50, { delay: 3_600_000 });
    expect((await scaledObjectReplicas(client, scaledObject)).replicas).toBe(4);
    await queue.close();
  });

  test('the count stops at maxReplicas; activation holds a small queue at zero; a custom prefix is followed', async () => {
    const capped = worker({ maxReplicas: 4, jobsPerReplica: 5 });
    await addJobs(capped.queue, 100);
    expect((await scaledObjectReplicas(client, capped.scaledObject)).replicas).toBe(4);
    const lazy = worker({ activation: 5, delayedJobs: 'ignore' });
    await addJobs(lazy.queue, 5);
    expect((await scaledObjectReplicas(client, lazy.scaledObject)).replicas).toBe(0);
    await addJobs(lazy.queue, 1);
    expect((await scaledObjectReplicas(client, lazy.scaledObject)).replicas).toBe(1);
    const prefixed = worker({ prefix: 'acme' });
    await addJobs(prefixed.queue, 11);
    expect((await scaledObjectReplicas(client, prefixed.scaledObject)).replicas).toBe(2);
    await Promise.all([capped.queue.close(), lazy.queue.close(), prefixed.queue.close()]);
  });

  test('the HPA\'s 10 % tolerance: at 4 replicas, 43 jobs (ratio 1.075) keep 4 where ceil(4.3) would run 5; 45 (1.125) run 5', async () => {
    const { queue, scaledObject } = worker();
    await addJobs(queue, 43);
    const atFour = new KedaHpaSimulation(scaledObject, { replicas: 4 });
    expect(await atFour.step(client, 0)).toMatchObject({ replicas: 4, composite: 43 });
    await addJobs(queue, 2);
    expect((await atFour.step(client, 30_000)).replicas).toBe(5);
    await queue.close();
  });

  test('scale-down waits out the HPA\'s 5-minute stabilization window; scale-up does not', async () => {
    const { queue, scaledObject } = worker();
    await addJobs(queue, 100);
    const simulation = new KedaHpaSimulation(scaledObject, { replicas: 10 });
    expect((await simulation.step(client, 0)).replicas).toBe(10);
    // The queue drains to 15 jobs: 2 replicas would do, but the last 5 minutes recommended 10.
    await queue.drain();
    await addJobs(queue, 15);
    expect((await simulation.step(client, 30_000)).replicas).toBe(10);
    expect((await simulation.step(client, 299_000)).replicas).toBe(10);
    expect((await simulation.step(client, 301_000)).replicas).toBe(2);
    // Growing again is immediate, within the rate limit max(2 × current, 4).
    await addJobs(queue, 85);
    expect((await simulation.step(client, 331_000)).replicas).toBe(4);
    expect((await simulation.step(client, 361_000)).replicas).toBe(8);
    expect((await simulation.step(client, 391_000)).replicas).toBe(10);
    await queue.close();
  });

  test('KEDA\'s fallback: a trigger that keeps failing holds the count for failureThreshold cycles, then runs fallbackReplicas', async () => {
    const { queue, scaledObject } = worker({ fallbackReplicas: 2 });
    await addJobs(queue, 60);
    const simulation = new KedaHpaSimulation(scaledObject, { replicas: 6 });
    expect((await simulation.step(client, 0)).replicas).toBe(6);
    // The wait key now holds a string: KEDA's redis scaler refuses the key type, as it would a Redis it cannot reach.
    await client.del(`bull:${queue.name}:wait`);
    await client.set(`bull:${queue.name}:wait`, 'not a list');
    const threshold = scaledObject.spec.fallback.failureThreshold;
    for (let cycle = 1; cycle <= threshold; cycle++) expect(await simulation.step(client, cycle * 30_000)).toMatchObject({ replicas: 6, fallback: false });
    // fallback.replicas × target is the composite; the HPA's stabilization still holds 6 for 5 minutes, then 2.
    expect(await simulation.step(client, (threshold + 1) * 30_000)).toMatchObject({ replicas: 6, fallback: true, composite: 20 });
    expect(await simulation.step(client, 400_000)).toMatchObject({ replicas: 2, fallback: true });
    await client.del(`bull:${queue.name}:wait`);
    await queue.close();
  });
});
