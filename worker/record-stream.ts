import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { ExecutionRecord, partitionOf } from '../contracts/execution-record';
import { redisClientName } from './client-name';

/**
 * Appends a batch of records (ARGV[3..]: partition, JSON, partition, JSON, …): one script call for
 * the records of every job that finished in the same event-loop turn (append-batcher.ts), so a
 * record costs Redis one XADD and a share of the call, the mark and the XLEN. Past the bound the
 * oldest entries are trimmed (exactly, so the count is right) and counted: returns {dropped, length}.
 * KEYS[2] marks the batch as appended for a minute: ioredis resends a command whose reply a dropped
 * connection lost, and the resent append must not add the records a second time.
 */
const APPEND = `if not redis.call('SET', KEYS[2], '1', 'NX', 'PX', ARGV[2]) then return {0, redis.call('XLEN', KEYS[1])} end
for i = 3, #ARGV, 2 do redis.call('XADD', KEYS[1], '*', 'p', ARGV[i], 'r', ARGV[i + 1]) end
local length = redis.call('XLEN', KEYS[1])
local dropped = 0
if length > tonumber(ARGV[1]) then dropped = redis.call('XTRIM', KEYS[1], 'MAXLEN', tonumber(ARGV[1])) end
return {dropped, length - dropped}`;

/** Acknowledged entries are deleted too, so the stream's length is what is not yet in S3. */
const ACK = `redis.call('XACK', KEYS[1], ARGV[1], unpack(ARGV, 2))
redis.call('XDEL', KEYS[1], unpack(ARGV, 2))
return redis.call('XLEN', KEYS[1])`;

/** A consumer is forgotten only with nothing pending: deleting one with entries would orphan them. */
const FORGET = `local pending = redis.call('XPENDING', KEYS[1], ARGV[1], '-', '+', 1, ARGV[2])
if #pending > 0 then return 0 end
return redis.call('XGROUP', 'DELCONSUMER', KEYS[1], ARGV[1], ARGV[2])`;

/** One entry of a batch; `partition` and `json` are absent when the entry was trimmed meanwhile. */
export interface StreamEntry {
  readonly id: string;
  readonly partition?: string;
  readonly json?: string;
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

  /** XADDs `records` (the stream bounded to `maxLength` entries) in one call: resolves once Redis has them. */
  public async append(records: readonly ExecutionRecord[], maxLength: number): Promise<{ dropped: number; length: number }> {
    const args = [String(maxLength), String(APPENDED_MARK_MS)];
    const digest = createHash('sha1');
    for (const record of records) {
      // What tells one record from another: two attempts never share all four.
      digest.update(`${record.job_id}#${record.retry_count}#${record.status}#${record.timestamp}\n`);
      args.push(partitionOf(record.timestamp), JSON.stringify(record));
    }
    const [dropped, length] = await this.script(APPEND, [this.key, `${this.key}:appended:${digest.digest('hex')}`], args) as [number, number];
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

  /** Acknowledges and deletes `ids`; resolves to the stream's length after. */
  public async ack(ids: readonly string[]): Promise<number> {
    return await this.script(ACK, [this.key], [this.group, ...ids]) as number;
  }

  /** Forgets this consumer if it has nothing pending (at shutdown). */
  public async forgetSelf(): Promise<void> {
    await this.script(FORGET, [this.key], [this.group, this.consumer]);
  }

  public async length(): Promise<number> {
    return this.redis.xlen(this.key);
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
  const entries = reply?.[0]?.[1] ?? [];
  return entries.map(([id, fields]) => {
    if (!fields) return { id };
    const field = (name: string): string | undefined => {
      for (let i = 0; i + 1 < fields.length; i += 2) if (fields[i] === name) return fields[i + 1];
      return undefined;
    };
    return { id, partition: field('p'), json: field('r') };
  });
}
