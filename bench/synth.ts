/**
 * `npm run bench`: synth time of platforms with 10, 100 and 1,000 CustomerApps, without and with
 * as many Triggers (each calling an app), against a floor measured in the same run: serializing the
 * very same objects to YAML with the YAML library alone (same library, same options as cdk8s). Each
 * size runs in a child process so that its peak RSS is its own. Reports medians; targets: 1,000 apps
 * ≤ 3× the floor, 1,000 apps + 1,000 triggers ≤ 2× the floor, 10× the size ≤ 11× the time.
 *
 * Catalog scale: synth of 1,000, 5,000 and 10,000 Triggers (400 workspaces, URL targets) into the
 * worker's shard ConfigMaps; ms per trigger at each size, whose ratio shows whether synth is linear
 * in the count (target: 10,000's ms/trigger ≤ 1.5× 1,000's). `npm run bench -- --only catalog`
 * runs this part alone.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { App, Testing } from 'cdk8s';
import * as YAML from 'yaml';
import { CustomerApp, PlatformStack, Trigger } from '../constructs';
import { median } from './stats';

const SIZES = [10, 100, 1000];
const RUNS: Record<number, number> = { 10: 51, 100: 21, 1000: 9 };
const CATALOG_SIZES = [1000, 5000, 10_000];
const CATALOG_RUNS: Record<number, number> = { 1000: 9, 5000: 5, 10_000: 5 };
const SCHEDULES = ['*/5 * * * *', '0 3 * * *', '30 9 * * 1-5', '0 */2 * * *', '15 0 1 * *'];
const ZONES = ['UTC', 'Europe/Madrid', 'America/New_York', 'Asia/Kathmandu'];

interface ChildResult {
  readonly apps: number;
  readonly triggers: number;
  readonly objects: number;
  readonly bytes: number;
  readonly synthMs: number;
  readonly floorMs: number;
  readonly peakRssMb: number;
}

function buildPlatform(apps: number, triggers: number): App {
  const app = Testing.app();
  const platform = new PlatformStack(app, 'calvin', { domain: 'bench.example.com', tls: { issuer: { email: 'ops@example.com' } }, worker: { image: 'registry.digitalocean.com/bench/scheduler-worker:0.1.0' } });
  const targets: CustomerApp[] = [];
  for (let i = 0; i < apps; i++) {
    targets.push(new CustomerApp(platform, `app-${i}`, {
      image: `registry.digitalocean.com/bench/app-${i}:v1.${i}.0`,
      envs: { LOG_LEVEL: 'info', APP_INDEX: String(i) },
      secretEnvs: { DATABASE_URL: { secret: `app-${i}-db`, key: 'url' } },
      visibility: i % 10 === 9 ? 'clusterLocal' : 'public',
      engine: i % 5 === 4 ? 'knative' : 'kserve',
    }));
  }
  for (let i = 0; i < triggers; i++) {
    new Trigger(platform, `trigger-${i}`, {
      workspace: `ws-${i % 20}`,
      schedule: SCHEDULES[i % SCHEDULES.length],
      timezone: ZONES[i % ZONES.length],
      target: targets[i % targets.length],
      path: `/jobs/${i}`,
      body: { job: i, kind: 'refresh' },
      headers: { 'X-Job': String(i) },
    });
  }
  return app;
}

/** What cdk8s's Yaml.stringify does, with nothing else around it. */
function yamlOnly(docs: unknown[]): string {
  return docs.map((doc) => YAML.stringify(doc, { keepUndefined: true, lineWidth: 0, version: '1.1' })).join('---\n');
}

/** Times `fn` from a collected heap, so one run's garbage is not billed to the next. */
function timeMs(fn: () => unknown): number {
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

interface CatalogChildResult {
  readonly triggers: number;
  readonly shards: number;
  readonly largestShardBytes: number;
  readonly synthMs: number;
  readonly peakRssMb: number;
}

/** A platform with many tenants: `triggers` Triggers in 400 workspaces, each calling a URL. */
function buildCatalogPlatform(triggers: number): App {
  const app = Testing.app();
  const platform = new PlatformStack(app, 'calvin', { domain: 'bench.example.com', worker: { image: 'registry.digitalocean.com/bench/scheduler-worker:0.1.0' } });
  for (let i = 0; i < triggers; i++) {
    new Trigger(platform, `trigger-${i}`, {
      workspace: `tenant-${i % 400}`,
      schedule: SCHEDULES[i % SCHEDULES.length],
      timezone: ZONES[i % ZONES.length],
      url: `https://hooks.example.org/tenant-${i % 400}/jobs/${i}`,
      body: { job: i, kind: 'refresh' },
      headers: { 'X-Job': String(i) },
    });
  }
  return app;
}

function runCatalogChild(triggers: number): CatalogChildResult {
  const warm = buildCatalogPlatform(triggers);
  const configMaps = warm.charts.flatMap((chart) => chart.toJson()).filter((d) => d.kind === 'ConfigMap' && d.metadata.name.startsWith('scheduler-worker-triggers'));
  const sizes = configMaps.map((cm) => Object.entries(cm.data ?? {}).reduce((sum, [key, value]) => sum + key.length + Buffer.byteLength(value as string), 0));
  const synth: number[] = [];
  for (let i = 0; i < (CATALOG_RUNS[triggers] ?? 5); i++) synth.push(timeMs(() => buildCatalogPlatform(triggers).synthYaml()));
  return {
    triggers,
    shards: sizes.filter((size) => size > 0).length,
    largestShardBytes: Math.max(...sizes),
    synthMs: median(synth),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function catalogScale(): void {
  const results = CATALOG_SIZES.map((triggers): CatalogChildResult => JSON.parse(execFileSync('node',
    ['--expose-gc', '--import', 'tsx', __filename, '--catalog-child', String(triggers)],
    { cwd: path.join(__dirname, '..'), encoding: 'utf8', maxBuffer: 1 << 20, timeout: 600_000 })));
  const header = ['triggers', 'shard ConfigMaps', 'largest shard', 'synth ms (median)', 'ms/trigger', 'peak RSS MB'];
  console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
  for (const r of results) {
    console.log(`| ${r.triggers} | ${r.shards} | ${(r.largestShardBytes / 1024).toFixed(0)} KiB | ${r.synthMs.toFixed(0)} | ${(r.synthMs / r.triggers).toFixed(3)} | ${r.peakRssMb.toFixed(0)} |`);
  }
  const perTrigger = results.map((r) => r.synthMs / r.triggers);
  const ratio = perTrigger[perTrigger.length - 1] / perTrigger[0];
  console.log(`\nms/trigger at ${CATALOG_SIZES.join(' / ')}: ${perTrigger.map((v) => v.toFixed(3)).join(' / ')}; `
    + `${CATALOG_SIZES[CATALOG_SIZES.length - 1]} vs ${CATALOG_SIZES[0]}: ×${ratio.toFixed(2)} (target ≤ 1.5, linear): ${ratio <= 1.5 ? 'met' : 'NOT met'}`);
  console.log(`medians of ${CATALOG_SIZES.map((s) => CATALOG_RUNS[s]).join('/')} runs`);
}

function runChild(apps: number, triggers: number): ChildResult {
  const runs = RUNS[apps] ?? 5;
  // Warm-up (JIT, module loading) before anything is timed; its output is also the floor's input.
  const warm = buildPlatform(apps, triggers);
  const docs = warm.charts.flatMap((chart) => chart.toJson());
  const yaml = warm.synthYaml();
  if (yamlOnly(docs) !== yaml) throw new Error('floor does not produce the same YAML as synth: the comparison would be unfair');
  yamlOnly(docs);

  const synth: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate so that drift on the machine hits both sides alike.
    synth.push(timeMs(() => buildPlatform(apps, triggers).synthYaml()));
    floor.push(timeMs(() => yamlOnly(docs)));
  }
  return {
    apps,
    triggers,
    objects: docs.length,
    bytes: Buffer.byteLength(yaml),
    synthMs: median(synth),
    floorMs: median(floor),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function main(): void {
  const catalogChild = process.argv.indexOf('--catalog-child');
  if (catalogChild >= 0) {
    process.stdout.write(JSON.stringify(runCatalogChild(Number(process.argv[catalogChild + 1]))));
    return;
  }
  if (process.argv.includes('catalog') && process.argv.includes('--only')) {
    catalogScale();
    return;
  }
  const childIndex = process.argv.indexOf('--child');
  if (childIndex >= 0) {
    process.stdout.write(JSON.stringify(runChild(Number(process.argv[childIndex + 1]), Number(process.argv[childIndex + 2]))));
    return;
  }
  const child = (apps: number, triggers: number): ChildResult => JSON.parse(execFileSync('node',
    ['--expose-gc', '--import', 'tsx', __filename, '--child', String(apps), String(triggers)],
    { cwd: path.join(__dirname, '..'), encoding: 'utf8', maxBuffer: 1 << 20, timeout: 300_000 }));
  const appsOnly = SIZES.map((apps) => child(apps, 0));
  const withTriggers = SIZES.map((apps) => child(apps, apps));
  const results = [...appsOnly, ...withTriggers];

  const rows = results.map((r) => [
    String(r.apps), String(r.triggers), String(r.objects), `${(r.bytes / 1024).toFixed(0)} KiB`, r.synthMs.toFixed(1), (r.synthMs / r.apps).toFixed(3),
    r.floorMs.toFixed(1), (r.synthMs / r.floorMs).toFixed(2), r.peakRssMb.toFixed(0),
  ]);
  const header = ['apps', 'triggers', 'objects', 'YAML', 'synth ms (median)', 'ms/app', 'YAML-only floor ms', 'synth/floor', 'peak RSS MB'];
  console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);

  console.log('');
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  for (const [label, series, target] of [['1,000 apps', appsOnly, 3], ['1,000 apps + 1,000 triggers', withTriggers, 2]] as const) {
    const big = series[series.length - 1];
    const scaling = series.slice(1).map((r, i) => r.synthMs / series[i].synthMs);
    console.log(`${label}: synth/floor = ${(big.synthMs / big.floorMs).toFixed(2)} (target ≤ ${target}): ${verdict(big.synthMs / big.floorMs <= target)}; `
      + `10× the size → time ×${scaling.map((s) => s.toFixed(2)).join(', ×')} (target ≤ 11): ${verdict(scaling.every((s) => s <= 11))}`);
  }
  console.log(`node ${process.version}, ${require('node:os').cpus().length} cores; medians of ${SIZES.map((s) => RUNS[s]).join('/')} runs`);
  catalogScale();
}

main();
