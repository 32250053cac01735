import { Job, Queue, Worker } from 'bullmq';
import { Redis, RedisOptions } from 'ioredis';
import pino, { Logger } from 'pino';
import { TriggerCatalog } from '../contracts/trigger-catalog';
import { retryDelayMs } from './backoff';
import { CatalogError, CatalogSource } from './catalog-source';
import { redactUrl } from '../contracts/worker-env';
import { WorkerConfig } from './config';
import { TriggerDispatcher } from './dispatcher';
import { HealthServer } from './health-server';
import { redisClientName } from './client-name';
import { FairShare } from './fair-share';
import { HoldGate } from './hold-gate';
import { MetricsSink } from './metrics-sink';
import { WorkerMetrics } from './observability';
import { DurableRecordSink } from './record-flusher';
import { ObjectStore, RecordSink } from './record-sink';
import { S3ObjectStore } from './s3-store';
import { backfillTicks, leadRepeatStrategy, reconcileSchedulers, TickJobData } from './schedulers';
import { KubernetesSecretReader } from './kubernetes-secrets';
import { SecretHeaderStore } from './secret-headers';
import { dnsServersResolver, Resolver } from './target-guard';
import { runnerKeyPrefix } from './tick-markers';
import { RetryableAttemptError, TriggerRunner } from './trigger-runner';

/** BullMQ's job-lock and stalled-job settings (the Worker options of the same names). */
export interface JobLockSettings {
  /** How long a taken job's lock lives without renewal: a crashed holder's jobs wait this long at least. */
  readonly lockDuration: number;
  /** How often a live worker renews the locks of the jobs it holds (BullMQ checks every half of it). */
  readonly lockRenewTime: number;
  /** How often the fleet looks for active jobs whose lock is gone, and hands them to another worker. */
  readonly stalledInterval: number;
  /** Stalls a plain job survives before it fails; BullMQ never fails a scheduler's job for stalling. */
  readonly maxStalledCount: number;
}

/**
 * Crash recovery in seconds. A job held by a replica that dies is handed on at the first stalled
 * check after its lock expires: at most lockDuration + stalledInterval after the last renewal, so a
 * held tick is sent again at most ~8 s after its nominal time (measured: docs/worker.md, "Crash
 * recovery and duplicates"). A live worker renews every 1.5 s (its lock timer runs every 0.75 s),
 * so it keeps its locks through an event loop stalled for 3.5 s, a long HTTP attempt or the lead
 * hold; a lost lock costs a duplicate request with the same webhook-id, never a lost tick.
 */
export const CRASH_RECOVERY_LOCKS: JobLockSettings = { lockDuration: 5000, lockRenewTime: 1500, stalledInterval: 3000, maxStalledCount: 1 };

export { redisClientName } from './client-name';

/** What the shutdown may take after SHUTDOWN_GRACE_MS: the rest of the steps, each bounded. */
const SHUTDOWN_TAIL_MS = 550;

export const BULLMQ_DEFAULT_LOCKS: JobLockSettings = { lockDuration: 30_000, lockRenewTime: 15_000, stalledInterval: 30_000, maxStalledCount: 1 };

export interface TriggerWorkerOptions {
  readonly config: WorkerConfig;
  /** @default JSON logs to stdout at config.logLevel */
  readonly logger?: Logger;
  /** @default S3 from config.s3 */
  readonly store?: ObjectStore;
  /** @default the system resolver */
  readonly resolver?: Resolver;
  /** @default CRASH_RECOVERY_LOCKS */
  readonly jobLocks?: JobLockSettings;
}

/**
 * The worker: catalog → schedulers → dispatch → metrics sink, plus the health server. `start()`
 * refuses a bad catalog; `stop()` is the SIGTERM path (stop taking jobs, let in-flight attempts
 * finish within the grace period, flush metrics).
 */
export class TriggerWorker {
  public readonly logger: Logger;
  public readonly metrics = new WorkerMetrics();
  public readonly catalogSource: CatalogSource;
  private readonly config: WorkerConfig;
  private readonly store: ObjectStore;
  /** Emits `record` for every execution record, before it is stored on its way to S3. */
  public readonly sink: RecordSink;
  private readonly dispatcher: TriggerDispatcher;
  private readonly health: HealthServer;
  private readonly jobLocks: JobLockSettings;
  private readonly holdGate = new HoldGate();
  private runner: TriggerRunner | undefined;
  private redis: Redis | undefined;
  private workerConnection: Redis | undefined;
  private runnerRedis: Redis | undefined;
  private queue: Queue<TickJobData> | undefined;
  private worker: Worker<TickJobData> | undefined;
  private reconciling: Promise<void> = Promise.resolve();
  private starting: Promise<void> | undefined;
  private stopping: Promise<void> | undefined;
  /** The port the health server listens on, once started. */
  public port: number | undefined;

  public constructor(options: TriggerWorkerOptions) {
    this.config = options.config;
    this.jobLocks = options.jobLocks ?? CRASH_RECOVERY_LOCKS;
    this.logger = options.logger ?? pino({ level: options.config.logLevel, base: { worker: options.config.workerId } });
    this.store = options.store ?? new S3ObjectStore(options.config.s3);
    this.catalogSource = new CatalogSource({ file: options.config.triggersFile });
    this.sink = createRecordSink(options.config, this.store);
    this.dispatcher = new TriggerDispatcher({
      allowList: options.config.allowList,
      secretHeaders: new SecretHeaderStore(options.config.secretHeadersDir, undefined,
        new KubernetesSecretReader({ apiUrl: options.config.kubernetesApi.url, dir: options.config.kubernetesApi.dir })),
      signingSecrets: options.config.signingSecrets,
      resolver: options.resolver ?? (options.config.dnsServers.length > 0 ? dnsServersResolver(options.config.dnsServers) : undefined),
    });
    this.health = new HealthServer(this.metrics.registry, () => this.unreadyReasons());
    this.wireEvents();
  }

  /** Starts once; a stop() during the start waits for its connections, then stops what it made. */
  public start(): Promise<void> {
    this.starting ??= this.startSteps();
    return this.starting;
  }

  private async startSteps(): Promise<void> {
    const { config } = this;
    const catalog = await this.catalogSource.start();
    this.metrics.catalogTriggers.set(catalog.triggers.filter((t) => t.enabled).length);
    this.port = await this.health.listen(config.port);
    if (config.signingSecrets.length === 0) this.logger.warn('SIGNING_SECRETS is empty: trigger requests are not signed');

    const redisOptions: RedisOptions = {
      maxRetriesPerRequest: null,
      // Reconnect forever, at most 2 s apart: a managed Redis failover takes seconds.
      retryStrategy: (times) => Math.min(100 * times, 2000),
      ...(config.redisUrl.startsWith('rediss:') && config.redisTlsCa ? { tls: { ca: config.redisTlsCa } } : {}),
    };
    const { main, runner } = this.connect(redisOptions);
    const settings = { repeatStrategy: leadRepeatStrategy };
    this.queue = new Queue<TickJobData>(config.queueName, { connection: main, settings });
    this.queue.on('error', (error) => this.logger.warn({ err: error.message }, 'queue error'));
    await this.queue.waitUntilReady();
    // Stopped meanwhile (SIGTERM during the start): no schedulers written, no jobs taken.
    if (this.stopping) return;
    await this.reconcileNow(catalog, 'start');
    if (this.stopping) return;
    await this.takeJobs(redisOptions, runner);
    this.logger.info({ redis: redactUrl(config.redisUrl), queue: config.queueName, concurrency: config.concurrency, port: this.port, triggers: catalog.triggers.length, allowList: config.allowList.entries }, 'scheduler worker started');
  }

  /** The worker's own two connections: `main` (queue, schedulers) and `runner` (markers, records). */
  private connect(redisOptions: RedisOptions): { main: Redis; runner: Redis } {
    const { config } = this;
    const main = new Redis(config.redisUrl, { ...redisOptions, connectionName: redisClientName(config.workerId, 'main') });
    main.on('error', (error) => this.logger.warn({ err: error.message }, 'redis connection error'));
    // The runner's tick markers and the record appends of all concurrent jobs leave in one socket
    // write per event-loop turn (ioredis auto-pipelining): a write system call per command was a
    // sixth of the worker's CPU. BullMQ's own connections stay without it, as BullMQ is tested.
    const runner = new Redis(config.redisUrl, { ...redisOptions, enableAutoPipelining: true, connectionName: redisClientName(config.workerId, 'runner') });
    runner.on('error', () => undefined);
    this.sink.attach(runner);
    // After a reconnect, re-assert the schedulers: the server may have restarted without its data.
    let readyBefore = false;
    main.on('ready', () => {
      if (readyBefore) this.reconcile(this.catalogSource.catalog, 'redis reconnected');
      readyBefore = true;
    });
    this.redis = main;
    this.runnerRedis = runner;
    return { main, runner };
  }

  /** The BullMQ worker, on a connection of its own, running each tick job through the runner. */
  private async takeJobs(redisOptions: RedisOptions, runnerRedis: Redis): Promise<void> {
    const { config } = this;
    const runner = new TriggerRunner({
      dispatcher: this.dispatcher,
      sink: this.sink,
      metrics: this.metrics,
      logger: this.logger,
      redis: runnerRedis,
      lockPrefix: runnerKeyPrefix(config.queueName),
      backfill: (data, times) => backfillTicks(this.queue!, data.trigger, data.revision, times),
      holdGate: this.holdGate,
      fairShare: new FairShare(config.concurrency, config.shares),
    });
    this.runner = runner;
    this.workerConnection = new Redis(config.redisUrl, redisOptions);
    this.workerConnection.on('error', () => undefined); // reported once, by the main connection
    this.worker = new Worker<TickJobData>(config.queueName, runner.process, {
      connection: this.workerConnection,
      concurrency: config.concurrency,
      ...this.jobLocks,
      settings: {
        repeatStrategy: leadRepeatStrategy,
        backoffStrategy: (attemptsMade, _type, error, job) => retryDelayMs(
          (job as Job<TickJobData>).data.trigger.retry,
          attemptsMade,
          error instanceof RetryableAttemptError ? error.retryAfterMs : undefined,
        ),
      },
    });
    this.worker.on('error', (error) => this.logger.warn({ err: error.message }, 'worker error'));
    await this.worker.waitUntilReady();
  }

  /**
   * Stops taking jobs, waits up to the grace period for in-flight attempts, flushes metrics.
   * `signalledAt` (the SIGTERM's time) is where the grace starts. @default now
   */
  public stop(signalledAt = Date.now()): Promise<void> {
    this.stopping ??= this.shutdown(signalledAt);
    return this.stopping;
  }

  /**
   * The grace period is kept: in-flight attempts get SHUTDOWN_GRACE_MS; at its end they are
   * aborted (no record, no retry: their jobs stay locked and another replica resends them with the
   * same ids once the lock expires), and everything after fits in SHUTDOWN_TAIL_MS, so the process
   * exits within the grace plus a second.
   */
  private async shutdown(signalledAt: number): Promise<void> {
    const started = signalledAt;
    const end = started + this.config.shutdownGraceMs;
    const remaining = (): number => Math.max(0, end - Date.now());
    // Every step after the grace is bounded by what is left of the tail.
    const tail = (ms: number): number => Math.max(50, Math.min(ms, end + SHUTDOWN_TAIL_MS - Date.now()));
    this.catalogSource.stop();
    // A stop during the start waits for it (within the grace): without its Redis connection the sink
    // could not write what the stream holds, and a BullMQ worker made after this point would run on.
    if (this.starting) await settlesWithin(this.starting, remaining());
    // Loading the AWS SDK for the final flush blocks for a while (long on a loaded machine): done now, in the grace.
    if (this.store instanceof S3ObjectStore) this.store.prepare();
    // Records go to S3 from now on, beside the in-flight attempts (gone replicas' batches too), so
    // the grace's end leaves only the last attempts' records to write.
    this.sink.drain();
    if (this.worker) {
      if (!(await settlesWithin(this.worker.close(), remaining()))) {
        this.logger.warn({ graceMs: this.config.shutdownGraceMs }, 'in-flight attempts did not finish within the grace period; aborted, their ticks left for another replica');
        this.runner?.abandon();
        await this.dispatcher.abort();
        // A force close can itself wait on a Redis that is gone: bounded too.
        await settlesWithin(this.worker.close(true), tail(200));
      }
    }
    await settlesWithin(this.reconciling, remaining() > 0 ? Math.min(2000, remaining()) : tail(200));
    const unwritten = await this.sink.close(Math.max(remaining(), tail(300)));
    if (unwritten > 0 && this.sink.durable) this.logger.warn({ records: unwritten }, 'metrics records left in the Redis stream for the other replicas to write');
    else if (unwritten > 0) this.logger.error({ records: unwritten }, 'metrics records could not be written before exit');
    if (this.queue) await settlesWithin(this.queue.close(), tail(100));
    this.workerConnection?.disconnect();
    this.redis?.disconnect();
    this.runnerRedis?.disconnect();
    await this.dispatcher.close();
    await this.health.close();
    if (this.store instanceof S3ObjectStore) this.store.destroy();
    this.logger.info({ ms: Date.now() - started }, 'scheduler worker stopped');
  }

  private unreadyReasons(): string[] {
    const reasons: string[] = [];
    if (this.redis?.status !== 'ready') reasons.push(`redis is ${this.redis?.status ?? 'not connected'}`);
    else if (this.runnerRedis?.status !== 'ready') reasons.push(`redis (markers and records) is ${this.runnerRedis?.status ?? 'not connected'}`);
    if (!this.catalogSource.catalog) reasons.push('no trigger catalog loaded');
    if (this.stopping) reasons.push('shutting down');
    return reasons;
  }

  private wireEvents(): void {
    this.catalogSource.on('change', (catalog: TriggerCatalog, checksum: string) => {
      this.logger.info({ checksum: checksum.slice(0, 12), triggers: catalog.triggers.length }, 'trigger catalog changed');
      this.metrics.catalogTriggers.set(catalog.triggers.filter((t) => t.enabled).length);
      this.reconcile(catalog, 'catalog changed');
    });
    this.catalogSource.on('invalid', (error: CatalogError) => {
      this.metrics.catalogRejections.inc();
      this.logger.error({ file: error.file, problems: error.problems }, 'new trigger catalog refused; the last good one keeps running');
    });
    this.catalogSource.on('watchError', (error: Error) => this.logger.warn({ err: error.message }, 'cannot watch the catalog file; polling only'));
    this.sink.on('flushed', (key: string, count: number) => this.logger.debug({ key, count }, 'metrics flushed'));
    this.sink.on('flushFailed', (error: Error) => {
      this.metrics.flushFailures.inc();
      this.logger.warn({ err: error.message, buffered: this.sink.size, durable: this.sink.durable }, 'metrics flush failed; records kept for retry');
    });
    this.sink.on('dropped', (count: number) => {
      this.metrics.droppedRecords.inc(count);
      this.logger.error({ dropped: count, bufferMax: this.config.metrics.bufferMax }, 'metrics buffer full; oldest records dropped');
    });
    this.metrics.bufferSizeSource = () => this.sink.size;
  }

  /** Reconciles in the background, one run at a time, in order. */
  private reconcile(catalog: TriggerCatalog | undefined, reason: string): void {
    if (!catalog || this.stopping) return;
    this.reconciling = this.reconciling.then(() => this.reconcileNow(catalog, reason)).catch((error: Error) => {
      this.logger.error({ err: error.message, reason }, 'reconciling schedulers failed; will retry on the next change or reconnect');
    });
  }

  private async reconcileNow(catalog: TriggerCatalog, reason: string): Promise<void> {
    if (!this.queue) return;
    const started = Date.now();
    const result = await reconcileSchedulers(this.queue, catalog);
    this.logger.info({ reason, added: result.added.length, updated: result.updated.length, removed: result.removed.length, unchanged: result.unchanged, ms: Date.now() - started }, 'schedulers reconciled');
  }

  /** Whether ticks are held for their nominal time: one is due within the schedule lead. */
  public get holdingTicks(): boolean {
    return this.holdGate.pending > 0;
  }

  /** Resolves once the reconciles queued so far have run (tests wait on it instead of sleeping). */
  public settled(): Promise<void> {
    return this.reconciling;
  }
}

/** The durable sink unless METRICS_DURABLE=false; one stream per queue, shared by its replicas. */
function createRecordSink(config: WorkerConfig, store: ObjectStore): RecordSink {
  const { durable, claimIdleMs, ...metrics } = config.metrics;
  if (!durable) return new MetricsSink({ store, workerId: config.workerId, ...metrics });
  return new DurableRecordSink({ store, workerId: config.workerId, streamKey: `calvin:${config.queueName}:records`, claimIdleMs, ...metrics });
}

/** Whether `promise` settled (either way) within `ms`; never throws, never waits longer. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true, () => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
