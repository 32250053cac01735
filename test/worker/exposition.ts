/**
 * Reads Prometheus' text exposition format (what `/metrics` serves) into families: enough for the
 * metrics-contract tests, written from the format's description rather than taken from prom-client,
 * so the worker is checked by something other than the library that wrote its output.
 */
export interface Sample {
  readonly name: string;
  readonly labels: Record<string, string>;
  readonly value: number;
}

export interface Family {
  readonly name: string;
  type?: string;
  help?: string;
  readonly samples: Sample[];
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\d+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*,?/g;

export function parseExposition(text: string): Map<string, Family> {
  const families = new Map<string, Family>();
  const family = (name: string): Family => {
    let found = families.get(name);
    if (!found) families.set(name, (found = { name, samples: [] }));
    return found;
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const meta = /^#\s+(HELP|TYPE)\s+(\S+)\s?(.*)$/.exec(line);
    if (meta) {
      if (meta[1] === 'TYPE') family(meta[2]).type = meta[3];
      else family(meta[2]).help = meta[3].replace(/\\n/g, '\n').replace(/\\\\/g, '\\');
      continue;
    }
    if (line.startsWith('#')) continue;
    const sample = SAMPLE.exec(line);
    if (!sample) throw new Error(`not an exposition line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (sample[2] ?? '').matchAll(LABEL)) labels[key] = value;
    family(familyOf(sample[1], families)).samples.push({ name: sample[1], labels, value: Number(sample[3]) });
  }
  return families;
}

/** The family a sample belongs to: a histogram's `_bucket`, `_sum` and `_count` go to its base name. */
function familyOf(sampleName: string, families: Map<string, Family>): string {
  const base = sampleName.replace(/_(bucket|sum|count)$/, '');
  return base !== sampleName && families.get(base)?.type === 'histogram' ? base : sampleName;
}
