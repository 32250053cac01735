/**
 * Steps (`*\/n`, `a/n`, `a-b/n`) that cannot mean what they say. cron-parser accepts `*\/70` in the
 * seconds field and fires once a minute; `*\/7` in the minutes field fires at :56 and then 4 minutes
 * later at :00. Both read as "every N" to a person (and to a description), so the schedule checks
 * (synth, the worker's catalog check) refuse them, naming the field, the value and what fires instead.
 */

interface CronFieldSpec {
  readonly name: string;
  /** The unit, singular and plural ("every 5 minutes"). */
  readonly unit: string;
  readonly units: string;
  readonly min: number;
  /** How many values one cycle has (day-of-week: 7, Sunday being 0 and 7). */
  readonly size: number;
}

const SECOND: CronFieldSpec = { name: 'seconds', unit: 'second', units: 'seconds', min: 0, size: 60 };
const FIELDS: readonly CronFieldSpec[] = [
  { name: 'minutes', unit: 'minute', units: 'minutes', min: 0, size: 60 },
  { name: 'hours', unit: 'hour', units: 'hours', min: 0, size: 24 },
  { name: 'day-of-month', unit: 'day', units: 'days', min: 1, size: 31 },
  { name: 'month', unit: 'month', units: 'months', min: 1, size: 12 },
  { name: 'day-of-week', unit: 'day', units: 'days', min: 0, size: 7 },
];

const STEP = /^(\*|\d+)(?:-(\d+))?\/(\d+)$/;

/**
 * Why a step in `fields` (5 or 6 cron fields) fires other than every `step` units, or undefined.
 * Two cases: a step past its range fires once a cycle (`*\/70` seconds: only second 0); a step that
 * does not divide the cycle of a field that wraps (`*\/7` minutes with any hour) leaves a short gap
 * at the wrap. Day-of-month steps count within each month (months differ in length), so only the
 * first case applies to them.
 */
export function cronStepProblem(fields: readonly string[]): string | undefined {
  const specs = fields.length === 6 ? [SECOND, ...FIELDS] : FIELDS;
  for (let index = 0; index < specs.length; index++) {
    const spec = specs[index];
    const parts = fields[index].split(',');
    for (const part of parts) {
      const match = STEP.exec(part);
      if (!match) continue;
      const step = Number(match[3]);
      const start = match[1] === '*' ? spec.min : Number(match[1]);
      const openEnded = match[2] === undefined;
      const end = openEnded ? spec.min + spec.size - 1 : Number(match[2]);
      if (step === 0 || end < start) continue; // the parser's own error says more
      const values: number[] = [];
      for (let v = start; v <= end; v += step) values.push(v);
      const replace = (text: string): string => fields.map((f, i) => (i === index ? text : f)).join(' ');
      if (values.length === 1) {
        return `has step ${step} in the ${spec.name} field ("${fields[index]}"), larger than the range it steps through (${start}-${end}): `
          + `it fires only at ${spec.unit} ${start}, not every ${step} ${spec.units}; write "${replace(String(start))}" for that, or list the ${spec.units}`;
      }
      const wrapGap = spec.min + spec.size - values[values.length - 1] + (start - spec.min);
      if (openEnded && parts.length === 1 && wrapGap !== step && wraps(fields, index)) {
        const divisors = Array.from({ length: spec.size - 1 }, (_, i) => i + 1).filter((d) => spec.size % d === 0);
        const steps = divisors.length > 1 ? `use a step that divides ${spec.size} (${divisors.join(', ')}), or ` : '';
        return `has step ${step} in the ${spec.name} field ("${fields[index]}"), which does not divide its ${spec.size} ${spec.units}: `
          + `it fires at ${values.join(',')} and then ${wrapGap} ${wrapGap === 1 ? spec.unit : spec.units} later at ${start} again, not every ${step}; `
          + `${steps}write the list "${replace(values.join(','))}" if the uneven gap is intended`;
      }
    }
  }
  return undefined;
}

/** Whether the field at `index` runs through its whole cycle again and again (the next larger unit repeats). */
function wraps(fields: readonly string[], index: number): boolean {
  const offset = fields.length === 6 ? 0 : 1;
  const field = index + offset; // 0 seconds, 1 minutes, 2 hours, 3 day-of-month, 4 month, 5 day-of-week
  const any = (text: string): boolean => text === '*' || text === '?';
  const at = (f: number): string => fields[f - offset];
  switch (field) {
    case 0: return any(at(1));
    case 1: return any(at(2));
    case 2: return any(at(3)) && any(at(5));
    case 3: return false;
    default: return true; // months wrap into the next year, days of the week into the next week
  }
}
