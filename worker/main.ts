#!/usr/bin/env node
// The scheduler worker's entry point: `npm run worker` or `node lib/worker/main.js`.
import pino from 'pino';
import { CatalogError } from './catalog-source';
import { loadWorkerConfig, WorkerConfigError } from './config';
import { compactWhenIdle, releaseStartupMemory } from './idle-memory';
import { TriggerWorker } from './trigger-worker';

async function main(): Promise<void> {
  const bootLogger = pino({ base: undefined });
  let worker: TriggerWorker;
  try {
    const config = loadWorkerConfig();
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
    worker.logger.info({ signal }, 'stopping: no new jobs, finishing in-flight attempts, flushing metrics');
    worker.stop().then(() => process.exit(0), (error: Error) => {
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
