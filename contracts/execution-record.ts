import { createHash } from 'node:crypto';

/**
 * The execution records the worker writes and `calvin metrics` reads: one JSON array per object,
 * under `<prefix>year=YYYY/month=MM/day=DD/hour=HH/metrics-<ms>-<unique>.json`, where `<unique>` is
 * `<worker>-<seq>-<random>` for the in-memory sink and `b<hash of the batch's stream entry ids>`
 * for the durable one (see `durableBatchKey`).
 * The writer (worker/metrics-sink.ts) and the reader (cli/metrics) both take the layout from here,
 * so the reader lists exactly the folders the sink writes.
 */

/** One record per attempt (or per missed tick): the seed's fields, plus scheduled_at and error. */
export interface ExecutionRecord {
  readonly workspace_id: string;
  /** The BullMQ job id of the tick: `repeat:<workspace>/<name>:<ms>`. */
  readonly job_id: string;
  readonly job_name: string;
  readonly trigger_url: string;
  readonly trigger_method: string;
  /** When the attempt started (ISO 8601, UTC). */
  readonly timestamp: string;
  readonly status: ExecutionStatus;
  readonly duration_ms: number;
  readonly http_status: number | null;
  /** 0 for the first attempt. */
  readonly retry_count: number;
  /** The tick's nominal time (ISO 8601, UTC). */
  readonly scheduled_at: string;
  /** Why a failed or missed attempt failed; absent on success. */
  readonly error?: string;
}

export const EXECUTION_STATUSES = ['success', 'failure', 'missed'] as const;
export type ExecutionStatus = typeof EXECUTION_STATUSES[number];

/** `year=YYYY/month=MM/day=DD/hour=HH` of a record's own timestamp, in UTC. */
export function partitionOf(isoTimestamp: string): string {
  const d = new Date(isoTimestamp);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `year=${d.getUTCFullYear()}/month=${pad(d.getUTCMonth() + 1)}/day=${pad(d.getUTCDate())}/hour=${pad(d.getUTCHours())}`;
}

/**
 * The key of one flushed object: the partition folder under `prefix`, then a name unique across
 * replicas (`unique` carries the worker id and a sequence number).
 */
export function executionObjectKey(prefix: string, partition: string, writtenAtMs: number, unique: string): string {
  return `${prefix}${partition}/metrics-${writtenAtMs}-${unique}.json`;
}

/**
 * The key of one partition's share of a durable batch (worker/record-flusher.ts): derived from the
 * Redis Stream entry ids of the whole batch only, so a flusher that dies between the PUT and the
 * acknowledgement, and the replica that claims its batch, write the very same key (an overwrite
 * with the same records, never a second copy). `ids` in stream order; the first id's time is the
 * `<ms>` part, which keeps keys roughly in write order like the in-memory sink's.
 */
export function durableBatchKey(prefix: string, partition: string, ids: readonly string[]): string {
  if (ids.length === 0) throw new Error('durableBatchKey: a batch has at least one stream entry id');
  const firstMs = Number(ids[0].split('-')[0]);
  const digest = createHash('sha256').update(ids.join(',')).digest('hex').slice(0, 32);
  return executionObjectKey(prefix, partition, firstMs, `b${digest}`);
}
