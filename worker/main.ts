#!/usr/bin/env node
// The scheduler worker's entry point: `npm run worker` or `node lib/worker/main.js`.
import pino from 'pino';
import { CatalogError } from './catalog-source';
import { loadWorkerConfig, WorkerConfigError } from './config';
import { compactWhenIdle, releaseStartupMemory } from './idle-memory';
import { TriggerWorker } from './trigger-worker';

/** After the grace, the process is gone within a second: this much for the tail, the rest for the exit itself. */
const EXIT_BOUND_MS = 850;

async function main(): Promise<void> {
  const bootLogger = pino({ base: undefined });
  let worker: TriggerWorker;
  let graceMs: number;
  try {
    const config = loadWorkerConfig();
    graceMs = config.shutdownGraceMs;
    worker = new TriggerWorker({ config });
  } catch (error) {
    if (error instanceof WorkerConfigError) {
      bootLogger.fatal({ problems: error.problems }, 'invalid worker configuration; refusing to start');
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }

  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (++signals > 1) {
      worker.logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    const signalledAt = Date.now();
    worker.logger.info({ signal }, 'stopping: no new jobs, finishing in-flight attempts, flushing metrics');
    // The bound SHUTDOWN_GRACE_MS promises (exit within the grace plus a second, counted from the
    // signal), kept even when a loaded machine runs the shutdown's own timers late: what is not
    // written by then stays in the Redis stream (durable records) for the next replica.
    setTimeout(() => {
      worker.logger.warn({ graceMs, records: worker.sink.size }, 'shutdown reached SHUTDOWN_GRACE_MS + 1 s: exiting now');
      process.exit(worker.sink.durable ? 0 : 1);
    }, graceMs + EXIT_BOUND_MS).unref();
    worker.stop(signalledAt).then(() => process.exit(0), (error: Error) => {
      worker.logger.error({ err: error.message }, 'unclean shutdown');
      process.exit(1);
    });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);

  try {
    await worker.start();
  } catch (error) {
    if (error instanceof CatalogError) {
      worker.logger.fatal({ file: error.file, problems: error.problems }, 'invalid trigger catalog; refusing to start');
      await worker.stop().catch(() => undefined);
      process.exit(78);
    }
    worker.logger.fatal({ err: (error as Error).message }, 'worker failed to start');
    await worker.stop().catch(() => undefined);
    process.exit(1);
  }
  releaseStartupMemory(worker.logger);
  compactWhenIdle(worker.logger, { deferWhile: () => worker.holdingTicks });
}

void main();
