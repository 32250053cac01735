import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import pino from 'pino';
import { releaseStartupMemory, V8_BYTECODE_OLD_AGE } from '../../worker/startup-memory';

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
  expect(lines).toEqual([]);
});

test('with --expose-gc one collection gives back the garbage a start leaves and logs what it released', () => {
  // A start's leftovers: 40 MiB of short-lived objects, dropped, then the collection.
  const script = [
    "const { releaseStartupMemory } = require('./worker/startup-memory.ts');",
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
