/**
 * `calvin-runtime/streams`: the runner side of a JobRunner's contract, so a runner image does not
 * rewrite it. A runner takes work from a Redis Stream consumer group, one entry at a time:
 * 1. `claimStale`: XAUTOCLAIM the oldest entry another consumer (a crashed pod) has held
 *    unacknowledged for longer than `claimIdleMs` — that is how crashed work is taken up again;
 * 2. else `readNew`: XREADGROUP a never-delivered entry (`>`);
 * 3. `ack` (XACK) once the work succeeded. An acknowledged entry is never handed out again; an
 *    unacknowledged one goes to the next runner that claims it (at-least-once: make work idempotent).
 * The client is any Redis client with ioredis' `call(command, ...args)` (ioredis is an optional
 * peer dependency of calvin-runtime: this module imports no client).
 */
import { STREAM_RUNNER_ENV } from './event-workers';

/** The one method of a Redis client the runner uses (ioredis' `Redis` and `Cluster` have it). */
export interface StreamCommandClient {
  call(command: string, ...args: Array<string | number>): Promise<unknown>;
}

export interface StreamRunnerOptions {
  /** The stream's key. */
  readonly stream: string;
  /** The consumer group. */
  readonly group: string;
  /** This runner's consumer name (unique per runner: the pod's name). */
  readonly consumer: string;
  /** Milliseconds an entry must have been idle with another consumer before this one claims it. */
  readonly claimIdleMs: number;
}

/** One stream entry handed to this runner. */
export interface StreamEntry {
  readonly id: string;
  /** The entry's fields, in the order XADD wrote them. */
  readonly fields: Readonly<Record<string, string>>;
  /** True when it was claimed from another consumer (a previous attempt did not acknowledge it). */
  readonly claimed: boolean;
}

/** Bounds the XAUTOCLAIM scan: each call examines up to 100 pending entries (Redis' COUNT × 10 cap aside). */
const MAX_CLAIM_SCANS = 100;

function fieldsOf(flat: unknown): Record<string, string> {
  const list = (flat ?? []) as unknown[];
  const fields: Record<string, string> = {};
  for (let i = 0; i + 1 < list.length; i += 2) fields[String(list[i])] = String(list[i + 1]);
  return fields;
}

export class StreamRunner {
  /** Options from the environment a JobRunner's pod gets (STREAM_NAME, STREAM_GROUP, STREAM_CONSUMER, STREAM_CLAIM_IDLE_MS). */
  public static optionsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): StreamRunnerOptions {
    const missing = [STREAM_RUNNER_ENV.stream, STREAM_RUNNER_ENV.group, STREAM_RUNNER_ENV.consumer].filter((name) => !env[name]);
    const idle = env[STREAM_RUNNER_ENV.claimIdleMs] ?? '300000';
    const problems = missing.map((name) => `${name} is not set`);
    if (!/^\d+$/.test(idle)) problems.push(`${STREAM_RUNNER_ENV.claimIdleMs} "${idle}" is not a whole number of milliseconds`);
    if (problems.length > 0) throw new Error(`stream runner: ${problems.join('; ')}`);
    return {
      stream: env[STREAM_RUNNER_ENV.stream]!,
      group: env[STREAM_RUNNER_ENV.group]!,
      consumer: env[STREAM_RUNNER_ENV.consumer]!,
      claimIdleMs: Number(idle),
    };
  }

  public constructor(private readonly client: StreamCommandClient, public readonly options: StreamRunnerOptions) {}

  /**
   * Creates the group at the stream's start (and the stream), unless it exists: entries added
   * before any runner started are delivered too (and KEDA counts them as lag).
   */
  public async ensureGroup(): Promise<void> {
    try {
      await this.client.call('XGROUP', 'CREATE', this.options.stream, this.options.group, '0', 'MKSTREAM');
    } catch (error) {
      if (!String(error).includes('BUSYGROUP')) throw error;
    }
  }

  /** The oldest entry idle past `claimIdleMs` with another consumer, now this runner's; undefined if none. */
  public async claimStale(): Promise<StreamEntry | undefined> {
    let cursor = '0-0';
    for (let scan = 0; scan < MAX_CLAIM_SCANS; scan++) {
      const reply = await this.client.call('XAUTOCLAIM', this.options.stream, this.options.group, this.options.consumer,
        this.options.claimIdleMs, cursor, 'COUNT', 1) as [string, Array<[string, unknown]>];
      const [next, entries] = reply;
      const entry = entries.find((e) => e !== null && e[1] !== null);
      if (entry) return { id: entry[0], fields: fieldsOf(entry[1]), claimed: true };
      if (next === '0-0') return undefined;
      cursor = next;
    }
    return undefined;
  }

  /** One never-delivered entry, waiting up to `blockMs` (0: do not wait); undefined if none. */
  public async readNew(blockMs = 0): Promise<StreamEntry | undefined> {
    const block = blockMs > 0 ? ['BLOCK', blockMs] : [];
    const reply = await this.client.call('XREADGROUP', 'GROUP', this.options.group, this.options.consumer, 'COUNT', 1, ...block,
      'STREAMS', this.options.stream, '>') as Array<[string, Array<[string, unknown]>]> | null;
    const entry = reply?.[0]?.[1]?.[0];
    return entry ? { id: entry[0], fields: fieldsOf(entry[1]), claimed: false } : undefined;
  }

  /** The next entry to work on: a stale one first (crashed work is not left behind), else a new one. */
  public async next(blockMs = 0): Promise<StreamEntry | undefined> {
    return (await this.claimStale()) ?? this.readNew(blockMs);
  }

  /** Acknowledges a finished entry; false when it was no longer this group's pending entry (already acknowledged). */
  public async ack(entry: StreamEntry | string): Promise<boolean> {
    const id = typeof entry === 'string' ? entry : entry.id;
    return Number(await this.client.call('XACK', this.options.stream, this.options.group, id)) === 1;
  }
}
