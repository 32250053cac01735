// How long one process takes to start N held requests at once (the burst's critical path).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { TriggerDispatcher } from '../worker/dispatcher';
import { SecretHeaderStore } from '../worker/secret-headers';
import { parseAllowList } from '../worker/target-guard';
import { catalogTrigger } from '../test/worker/harness';
import { TickJobData } from '../worker/schedulers';

const N = Number(process.env.N ?? 500);
async function main(): Promise<void> {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', 'bench', 'target.ts')], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  const port = await new Promise<string>((resolve) => proc.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim())));
  const d = new TriggerDispatcher({ allowList: parseAllowList('127.0.0.1').list, secretHeaders: new SecretHeaderStore('/nonexistent'), signingSecrets: [`whsec_${Buffer.alloc(32, 7).toString('base64')}`] });
  const triggers = Array.from({ length: N }, (_, i) => catalogTrigger({ name: `t${i}`, url: `http://127.0.0.1:${port}/t${i}` }));
  const results: number[] = [];
  for (let round = 0; round < 12; round++) {
    const nominal = Date.now() + 300;
    const prepared = await Promise.all(triggers.map((trigger) => d.prepare({ trigger, scheduledAt: nominal, attempt: 1 })));
    const starts: number[] = [];
    const done: Array<Promise<unknown>> = [];
    await Promise.all(prepared.map(async (p) => {
      const wait = nominal - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      starts.push(performance.now());
      const outcome = d.send(p as never);
      done.push(outcome);
    }));
    await Promise.all(done);
    const spread = starts[starts.length - 1] - starts[0];
    if (round >= 2) results.push(spread);
  }
  results.sort((a, b) => a - b);
  console.log(`N=${N}: time from first to last attempt start, median ${results[results.length >> 1].toFixed(1)} ms, min ${results[0].toFixed(1)}, max ${results[results.length - 1].toFixed(1)} → ${(1000 * results[results.length >> 1] / N).toFixed(0)} µs per start`);
  await d.close();
  proc.kill();
}
void main();
