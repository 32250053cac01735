#!/usr/bin/env node
// Sums self time per function over one or more .cpuprofile files (node --cpu-prof) and prints the
// top N: `node bench/cpuprofile-top.mjs [--top 10] [--json] <file|dir>...`. A function is keyed by
// name, file and line, so the same function in two worker processes adds up. Self time of a node is
// its hit count times the sampling interval (the profile's timeDeltas, attributed per sample).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

const args = process.argv.slice(2);
let top = 10;
let json = false;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--top') top = Number(args[++i]);
  else if (args[i] === '--json') json = true;
  else if (statSync(args[i]).isDirectory()) files.push(...readdirSync(args[i]).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(args[i], f)));
  else files.push(args[i]);
}
if (files.length === 0) {
  console.error('usage: node bench/cpuprofile-top.mjs [--top N] [--json] <file.cpuprofile|dir>...');
  process.exit(2);
}

const selfUs = new Map();
let totalUs = 0;
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  // Each sample's time is the delta to the next one: exact per sample, unlike hitCount × mean interval.
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const delta = timeDeltas[i + 1] ?? 0;
    const { callFrame } = byId.get(samples[i]);
    const where = callFrame.url ? `${basename(callFrame.url.replace(/^file:\/\//, ''))}:${callFrame.lineNumber + 1}` : '';
    const key = `${callFrame.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
    selfUs.set(key, (selfUs.get(key) ?? 0) + delta);
    totalUs += delta;
  }
}
const rows = [...selfUs].sort((a, b) => b[1] - a[1]).slice(0, top)
  .map(([fn, us]) => ({ fn, selfMs: Math.round(us / 1000), percent: Number(((100 * us) / totalUs).toFixed(1)) }));
if (json) {
  console.log(JSON.stringify({ files: files.length, totalMs: Math.round(totalUs / 1000), top: rows }, null, 2));
} else {
  console.log(`${files.length} profile(s), ${Math.round(totalUs / 1000)} ms sampled`);
  console.log('| # | function | self ms | % |\n|---|---|---|---|');
  rows.forEach((r, i) => console.log(`| ${i + 1} | \`${r.fn}\` | ${r.selfMs} | ${r.percent} |`));
}
