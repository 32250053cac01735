import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import pino from 'pino';
import { compactWhenIdle, releaseStartupMemory, V8_BYTECODE_OLD_AGE } from '../../worker/idle-memory';

const repo = join(__dirname, '..', '..');

test("V8_BYTECODE_OLD_AGE is this Node's V8 default, the value the startup collection restores", () => {
  const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
  expect(/default: --bytecode-old-age=(\d+)/.exec(options)?.[1]).toBe(String(V8_BYTECODE_OLD_AGE));
});

test('without --expose-gc it collects nothing and logs nothing', () => {
  const lines: string[] = [];
  const logger = pino({ base: undefined }, { write: (line: string) => lines.push(line) });
  expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  expect(releaseStartupMemory(logger)).toBeUndefined();
  compactWhenIdle(logger, { intervalMs: 1 })();
  expect(lines).toEqual([]);
});

/** Runs `body` in node --expose-gc (through tsx, from the repository) and returns its log lines. */
function runWithGc(body: string): Array<Record<string, unknown>> {
  const script = `const { compactWhenIdle, releaseStartupMemory } = require('./worker/idle-memory.ts');\nconst logger = require('pino')({ base: undefined });\n${body}`;
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '-e', script], { cwd: repo, encoding: 'utf8', timeout: 30_000 });
  expect(result.stderr).toBe('');
  return result.stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}

// Started first, then 60 MiB of objects kept and dropped: the heap a load leaves behind.
const GROW = 'let kept = []; for (let i = 0; i < 600_000; i++) kept.push({ i, s: String(i).repeat(10) }); kept = undefined;';

test('after the heap grew, an idle interval gets one collection, and only one', () => {
  // Idle for 6 intervals of 100 ms after the garbage is dropped: one collection, then nothing left to give back.
  const lines = runWithGc(`const stop = compactWhenIdle(logger, { intervalMs: 100, minGrowthMb: 16 });\n${GROW}\nsetTimeout(stop, 650);`);
  const released = lines.filter((line) => line.msg === 'idle memory released');
  expect(released).toHaveLength(1);
  expect(released[0].heapMbAfter).toBeLessThan((released[0].heapMbBefore as number) - 16);
  expect(released[0].utilization).toBeLessThan(0.01);
});

test('no collection starts while ticks are held for their nominal time (deferWhile), one does once they are not', () => {
  // Ticks are held for the first three intervals that would otherwise collect.
  const lines = runWithGc(`let asked = 0;\nconst stop = compactWhenIdle(logger, { intervalMs: 100, deferWhile: () => { asked++; const held = asked <= 3; logger.info({ held }, 'asked'); return held; } });\n${GROW}\nsetTimeout(stop, 1500);`);
  const events = lines.filter((line) => line.msg === 'asked' || line.msg === 'idle memory released').map((line) => (line.msg === 'asked' ? `held ${line.held}` : 'released'));
  expect(events).toEqual(['held true', 'held true', 'held true', 'held false', 'released']);
});

test('a busy event loop is not collected, however much the heap grew', () => {
  // Every 100 ms interval is ~60% busy (a 60 ms spin every 100 ms), for 6 intervals.
  const lines = runWithGc(`const stop = compactWhenIdle(logger, { intervalMs: 100 });\n${GROW}\nconst busy = setInterval(() => { const end = Date.now() + 60; while (Date.now() < end); }, 100);\nsetTimeout(() => { clearInterval(busy); stop(); }, 650);`);
  expect(lines.filter((line) => line.msg === 'idle memory released')).toEqual([]);
});

test('with --expose-gc one collection gives back the garbage a start leaves and logs what it released', () => {
  // A start's leftovers: 40 MiB of short-lived objects, dropped, then the collection.
  const script = [
    "const { releaseStartupMemory } = require('./worker/idle-memory.ts');",
    'let garbage = []; for (let i = 0; i < 400_000; i++) garbage.push({ i, s: String(i).repeat(10) }); garbage = undefined;',
    "releaseStartupMemory(require('pino')({ base: undefined }));",
  ].join('\n');
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '-e', script], { cwd: repo, encoding: 'utf8', timeout: 30_000 });
  expect(result.stderr).toBe('');
  const line = JSON.parse(result.stdout.trim()) as Record<string, number | string>;
  expect(line.msg).toBe('startup memory released');
  expect(line.heapMbAfter).toBeLessThan(line.heapMbBefore as number);
  expect(line.rssMbAfter).toBeLessThan(line.rssMbBefore as number);
  expect(line.ms).toBeGreaterThanOrEqual(0);
});
