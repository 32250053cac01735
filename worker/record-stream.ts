import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { ExecutionRecord, partitionOf } from '../contracts/execution-record';
import { redisClientName } from './client-name';

/**
 * Appends a batch of records as one stream entry per hour partition (almost always one), ARGV[3..]:
 * partition, count, the records' JSON joined by commas, for each entry. One XADD per append call
 * instead of one per record, and the flusher reads, acknowledges and deletes one entry for the
 * lot (issue 24 item 7). An entry written before (one record, no `n`) reads as a batch of one, and
 * a flusher that predates batches still writes a valid object: it joins entries' `r` with commas.
 * The bound counts records, not entries: KEYS[3] holds the stream's record count (set from XLEN,
 * one record an entry, the first time a stream written before has no count). Past the bound the
 * oldest entries are deleted whole and their records counted: returns {dropped, records left}.
 * KEYS[2] marks the batch as appended for a minute: ioredis resends a command whose reply a dropped
 * connection lost, and the resent append must not add the records a second time.
 */
const APPEND = `if not redis.call('SET', KEYS[2], '1', 'NX', 'PX', ARGV[2]) then return {0, tonumber(redis.call('GET', KEYS[3]) or '0')} end
if redis.call('EXISTS', KEYS[3]) == 0 then redis.call('SET', KEYS[3], redis.call('XLEN', KEYS[1])) end
local added = 0
for i = 3, #ARGV, 3 do
  redis.call('XADD', KEYS[1], '*', 'p', ARGV[i], 'n', ARGV[i + 1], 'r', ARGV[i + 2])
  added = added + tonumber(ARGV[i + 1])
end
local count = redis.call('INCRBY', KEYS[3], added)
local max = tonumber(ARGV[1])
local dropped = 0
while count - dropped > max do
  local oldest = redis.call('XRANGE', KEYS[1], '-', '+', 'COUNT', 1)
  if #oldest == 0 then break end
  local fields, n = oldest[1][2], 1
  for j = 1, #fields, 2 do if fields[j] == 'n' then n = tonumber(fields[j + 1]) end end
  redis.call('XDEL', KEYS[1], oldest[1][1])
  dropped = dropped + n
end
if dropped > 0 then count = redis.call('DECRBY', KEYS[3], dropped) end
return {dropped, count}`;

/**
 * Acknowledges and deletes entries (ARGV[2..]: id, records, …) and takes their records off the
 * count; an entry deleted meanwhile (trimmed past the bound) was taken off by whoever deleted it.
 * An empty stream resets the count: a count that drifted (entries appended by a replica that
 * predates it, during a rolling upgrade) is right again once the flushers have caught up. No count
 * yet (a stream written before): the entries left, one record each.
 */
const ACK = `local ids = {}
for i = 2, #ARGV, 2 do ids[#ids + 1] = ARGV[i] end
redis.call('XACK', KEYS[1], ARGV[1], unpack(ids))
local gone = 0
for i = 2, #ARGV, 2 do gone = gone + redis.call('XDEL', KEYS[1], ARGV[i]) * tonumber(ARGV[i + 1]) end
local left = redis.call('XLEN', KEYS[1])
if left == 0 or redis.call('EXISTS', KEYS[2]) == 0 then redis.call('SET', KEYS[2], left) return left end
local count = redis.call('DECRBY', KEYS[2], gone)
if count < 0 then redis.call('SET', KEYS[2], 0) return 0 end
return count`;

/** A consumer is forgotten only with nothing pending: deleting one with entries would orphan them. */
const FORGET = `local pending = redis.call('XPENDING', KEYS[1], ARGV[1], '-', '+', 1, ARGV[2])
if #pending > 0 then return 0 end
return redis.call('XGROUP', 'DELCONSUMER', KEYS[1], ARGV[1], ARGV[2])`;

/**
 * One entry of a batch: `count` records of one partition, `json` their JSON joined by commas (one
 * record for an entry written before batches). `partition` and `json` are absent, and `count` is 0,
 * when the entry was trimmed meanwhile.
 */
export interface StreamEntry {
  readonly id: string;
  readonly partition?: string;
  readonly json?: string;
  readonly count: number;
}

/** The records of one entry. */
export function recordsOf(entry: Pick<StreamEntry, 'json'>): ExecutionRecord[] {
  return entry.json === undefined ? [] : JSON.parse(`[${entry.json}]`) as ExecutionRecord[];
}

/** The records of an entry as XRANGE returns it (tests and tools reading the stream directly). */
export function recordsOfFields(fields: readonly string[]): ExecutionRecord[] {
  return recordsOf(entryOf(['', [...fields]]));
}

/** Longer than any reconnect of the worker's connection (retries at most 2 s apart). */
const APPENDED_MARK_MS = 60_000;

type RawEntry = [string, string[] | null];
type ReadReply = Array<[string, RawEntry[]]> | null;

/**
 * The Redis side of the durable records: one stream per queue, one consumer group shared by every
 * replica, one consumer per replica (its worker id). A consumer's pending entries are always one
 * batch (it reads or claims only with none pending), which is what lets a claimer reproduce it.
 */
export class RecordStream {
  private readonly shas = new Map<string, string>();

  public constructor(
    private readonly redis: Redis,
    public readonly key: string,
    public readonly group: string,
    public readonly consumer: string,
  ) {}

  /** The key counting the stream's records (the bound is in records; an entry holds several). */
  public get countKey(): string {
    return `${this.key}:count`;
  }

  /**
   * Adds `records` as one entry per partition (the stream bounded to `maxLength` records) in one
   * call: resolves once Redis has them, with the records dropped past the bound and the records left.
   */
  public async append(records: readonly ExecutionRecord[], maxLength: number): Promise<{ dropped: number; length: number }> {
    const digest = createHash('sha1');
    const partitions = new Map<string, string[]>();
    for (const record of records) {
      // What tells one record from another: two attempts never share all four.
      digest.update(`${record.job_id}#${record.retry_count}#${record.status}#${record.timestamp}\n`);
      const partition = partitionOf(record.timestamp);
      const list = partitions.get(partition) ?? partitions.set(partition, []).get(partition)!;
      list.push(JSON.stringify(record));
    }
    const args = [String(maxLength), String(APPENDED_MARK_MS)];
    for (const [partition, json] of partitions) args.push(partition, String(json.length), json.join(','));
    const keys = [this.key, `${this.key}:appended:${digest.digest('hex')}`, this.countKey];
    const [dropped, length] = await this.script(APPEND, keys, args) as [number, number];
    return { dropped, length };
  }

  /** Creates the group (from the stream's start) unless it exists: after a Redis restart it does not. */
  public async ensureGroup(): Promise<void> {
    try {
      await this.redis.xgroup('CREATE', this.key, this.group, '0', 'MKSTREAM');
    } catch (error) {
      if (!/BUSYGROUP/.test((error as Error).message)) throw error;
    }
  }

  /** This consumer's pending batch (after a failed flush, a restart under the same name, or a claim). */
  public async ownPending(limit: number): Promise<StreamEntry[]> {
    return entriesOf(await this.redis.xreadgroup('GROUP', this.group, this.consumer, 'COUNT', limit, 'STREAMS', this.key, '0') as ReadReply);
  }

  /** Up to `count` entries no consumer has read yet. */
  public async readNew(count: number): Promise<StreamEntry[]> {
    return entriesOf(await this.redis.xreadgroup('GROUP', this.group, this.consumer, 'COUNT', count, 'STREAMS', this.key, '>') as ReadReply);
  }

  /**
   * Takes over the whole pending batch of one other consumer that is gone (no connection of its
   * replica in `CLIENT LIST`), whatever its idle time, or whose entries have all been idle for
   * `minIdleMs` (a replica stuck in a flush that long, or a server where `CLIENT LIST` is not
   * allowed), and forgets gone or idle consumers with nothing pending. Returns whether a batch was claimed.
   */
  public async claimOneDeadBatch(minIdleMs: number, limit: number): Promise<boolean> {
    const consumers = await this.consumers();
    const live = consumers.length > 1 ? await this.liveReplicas() : undefined;
    for (const other of consumers) {
      if (other.name === this.consumer) continue;
      const gone = live !== undefined && !live.has(redisClientName(other.name, 'runner'));
      const minIdle = gone ? 0 : minIdleMs;
      if (other.pending === 0) {
        if (other.idle >= minIdle) await this.script(FORGET, [this.key], [this.group, other.name]);
        continue;
      }
      const idle = await this.redis.xpending(this.key, this.group, 'IDLE', minIdle, '-', '+', Math.min(other.pending, limit), other.name) as Array<[string, string, number, number]>;
      // Part of a batch would be a different batch, with a different key: all of it or nothing.
      if (idle.length < other.pending) continue;
      await this.redis.xclaim(this.key, this.group, this.consumer, minIdle, ...idle.map(([id]) => id), 'JUSTID');
      return true;
    }
    return false;
  }

  /** The names of the connections open now (`CLIENT LIST`), or undefined where the server refuses it. */
  private async liveReplicas(): Promise<Set<string> | undefined> {
    try {
      const list = await this.redis.client('LIST') as string;
      return new Set(list.split('\n').flatMap((line) => /(?:^| )name=(\S+)/.exec(line)?.[1] ?? []));
    } catch {
      return undefined;
    }
  }

  /** Acknowledges and deletes `entries`; resolves to the records left in the stream after. */
  public async ack(entries: readonly StreamEntry[]): Promise<number> {
    return await this.script(ACK, [this.key, this.countKey], [this.group, ...entries.flatMap((e) => [e.id, String(e.count)])]) as number;
  }

  /** Forgets this consumer if it has nothing pending (at shutdown). */
  public async forgetSelf(): Promise<void> {
    await this.script(FORGET, [this.key], [this.group, this.consumer]);
  }

  /** The records in the stream (its entries, one record each, when no batch has counted them yet). */
  public async length(): Promise<number> {
    const count = await this.redis.get(this.countKey);
    return count === null ? this.redis.xlen(this.key) : Number(count);
  }

  private async consumers(): Promise<Array<{ name: string; pending: number; idle: number }>> {
    const reply = await this.redis.xinfo('CONSUMERS', this.key, this.group) as Array<Array<string | number>>;
    return reply.map((flat) => {
      const field = (name: string): string | number => flat[flat.indexOf(name) + 1];
      return { name: String(field('name')), pending: Number(field('pending')), idle: Number(field('idle')) };
    });
  }

  /** EVALSHA, falling back to EVAL when the server lost its script cache (a restart). */
  private async script(source: string, keys: readonly string[], args: readonly string[]): Promise<unknown> {
    let sha = this.shas.get(source);
    if (!sha) {
      sha = createHash('sha1').update(source).digest('hex');
      this.shas.set(source, sha);
    }
    try {
      return await this.redis.evalsha(sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!/NOSCRIPT/.test((error as Error).message)) throw error;
      return this.redis.eval(source, keys.length, ...keys, ...args);
    }
  }
}

function entriesOf(reply: ReadReply): StreamEntry[] {
  return (reply?.[0]?.[1] ?? []).map(entryOf);
}

function entryOf([id, fields]: RawEntry): StreamEntry {
  if (!fields) return { id, count: 0 };
  const field = (name: string): string | undefined => {
    for (let i = 0; i + 1 < fields.length; i += 2) if (fields[i] === name) return fields[i + 1];
    return undefined;
  };
  const json = field('r');
  // No `n`: an entry of one record, written before batches.
  return { id, partition: field('p'), json, count: json === undefined ? 0 : Number(field('n') ?? 1) };
}
