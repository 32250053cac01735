import { setMaxListeners } from 'node:events';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { CliError, EXIT_PROBLEMS } from '../io';
import { MetricsAggregate } from './aggregate';
import { MetricsSource, s3Failure } from './s3-source';

/** 1,000 keys a page: a million objects in one hour partition is far past anything the worker writes, and ends a runaway listing. */
const MAX_PAGES_PER_PARTITION = 1000;
/**
 * Hours whose first page is listed ahead (at least this many, or `concurrency`), so that a long
 * range of empty hours does not cost one round trip after another. At most 1,000 keys each.
 */
const MIN_LIST_LOOKAHEAD = 4;
/** Skipped keys kept for the report; the count is exact past it. */
const MAX_SKIPPED_KEYS_KEPT = 100;

export interface ReadProgress {
  readonly hoursTotal: number;
  readonly hoursStarted: number;
  readonly objectsListed: number;
  readonly objectsRead: number;
  readonly recordsRead: number;
}

export interface ReadTotals {
  readonly hourPartitions: number;
  readonly objectsListed: number;
  readonly objectsRead: number;
  readonly objectsSkipped: number;
  readonly skippedKeys: readonly string[];
}

export interface ReadOptions {
  readonly client: S3Client;
  readonly source: MetricsSource;
  /** Hour folders under the prefix, `year=…/hour=HH/`: the only prefixes listed. */
  readonly partitions: readonly string[];
  readonly concurrency: number;
  readonly aggregate: MetricsAggregate;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ReadProgress) => void;
  /** An object that is not a JSON array of records: reported, then left out. */
  readonly onSkip?: (key: string, reason: string) => void;
}

interface ListedPage {
  readonly keys: string[];
  readonly nextToken?: string;
}

type Settled<T> = { readonly value: T } | { readonly error: unknown };

/**
 * Lists the range's hour partitions and reads their objects with `concurrency` readers. Each
 * object is parsed, folded into the aggregate and dropped, so memory holds at most `concurrency`
 * objects and one page of keys per hour listed ahead, whatever the range holds.
 */
export async function readMetrics(options: ReadOptions): Promise<ReadTotals> {
  const { client, source, aggregate } = options;
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([stop.signal, options.signal]) : stop.signal;
  // Every request in flight listens to the signal: readers plus listings ahead, more than Node's default warning level of 10.
  const lookahead = Math.max(MIN_LIST_LOOKAHEAD, options.concurrency);
  setMaxListeners(options.concurrency + lookahead + 10, signal);
  const inFlight = new Set<Promise<unknown>>();
  let hoursStarted = 0;
  let objectsListed = 0;
  let objectsRead = 0;
  let objectsSkipped = 0;
  const skippedKeys: string[] = [];
  const progress = (): void => options.onProgress?.({
    hoursTotal: options.partitions.length, hoursStarted, objectsListed, objectsRead, recordsRead: aggregate.recordsRead,
  });

  const listPage = async (partition: string, token?: string): Promise<ListedPage> => {
    const prefix = `${source.prefix}${partition}`;
    try {
      const page = await client.send(new ListObjectsV2Command({ Bucket: source.bucket, Prefix: prefix, ContinuationToken: token }), { abortSignal: signal });
      const keys = (page.Contents ?? []).map((object) => object.Key ?? '').filter((key) => key !== '' && !key.endsWith('/'));
      return { keys, nextToken: page.IsTruncated ? page.NextContinuationToken : undefined };
    } catch (error) {
      throw signal.aborted ? error : s3Failure('list', source, prefix, error);
    }
  };
  const settle = <T>(promise: Promise<T>): Promise<Settled<T>> => {
    const settled = promise.then((value) => ({ value }), (error: unknown) => ({ error }));
    inFlight.add(settled);
    void settled.then(() => inFlight.delete(settled));
    return settled;
  };

  async function* keysInRange(): AsyncGenerator<string> {
    // Kept settled: a prefetched page that fails before it is awaited must not be an unhandled rejection.
    const ahead: Array<{ partition: string; first: Promise<Settled<ListedPage>> }> = [];
    let next = 0;
    const fill = (): void => {
      while (ahead.length < lookahead && next < options.partitions.length && !signal.aborted) {
        const partition = options.partitions[next++];
        ahead.push({ partition, first: settle(listPage(partition)) });
      }
    };
    fill();
    while (ahead.length > 0) {
      const { partition, first } = ahead.shift()!;
      const settled = await first;
      if ('error' in settled) throw settled.error;
      fill();
      hoursStarted++;
      let page = settled.value;
      const seenTokens = new Set<string>();
      for (let pages = 1; ; pages++) {
        objectsListed += page.keys.length;
        progress();
        yield* page.keys;
        if (page.nextToken === undefined) break;
        if (pages >= MAX_PAGES_PER_PARTITION || seenTokens.has(page.nextToken)) {
          throw new CliError(`listing s3://${source.bucket}/${source.prefix}${partition} did not end after ${pages} pages; the server keeps returning more`, EXIT_PROBLEMS);
        }
        seenTokens.add(page.nextToken);
        page = await listPage(partition, page.nextToken);
      }
    }
  }

  const skip = (key: string, reason: string): void => {
    objectsSkipped++;
    if (skippedKeys.length < MAX_SKIPPED_KEYS_KEPT) skippedKeys.push(key);
    options.onSkip?.(key, reason);
  };

  const readObject = async (key: string): Promise<void> => {
    let text: string;
    try {
      const object = await client.send(new GetObjectCommand({ Bucket: source.bucket, Key: key }), { abortSignal: signal });
      text = (await object.Body?.transformToString('utf8')) ?? '';
    } catch (error) {
      if (signal.aborted) throw error;
      // A lifecycle rule may expire an object between the listing and the read: that is not a failure of the report.
      if ((error as { name?: string }).name === 'NoSuchKey') return skip(key, 'deleted after it was listed');
      throw s3Failure('read', source, key, error);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return skip(key, `not JSON (${(error as Error).message})`);
    }
    if (!Array.isArray(parsed)) return skip(key, `not a JSON array of records (${parsed === null ? 'null' : typeof parsed})`);
    for (const record of parsed) aggregate.add(record);
    objectsRead++;
    progress();
  };

  const keys = keysInRange();
  const reader = async (): Promise<void> => {
    try {
      while (!signal.aborted) {
        const next = await keys.next();
        if (next.done) return;
        await readObject(next.value);
      }
    } catch (error) {
      // The first failure stops the other readers and the listing; their abort errors are not the story.
      stop.abort();
      throw error;
    }
  };
  const results = await Promise.allSettled(Array.from({ length: options.concurrency }, reader));
  // Listings started ahead of a failure are aborted; wait for them so nothing outlives the command.
  await Promise.all([...inFlight]);
  if (options.signal?.aborted) throw new CliError('interrupted', EXIT_PROBLEMS);
  const failures = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected').map((result) => result.reason as unknown);
  if (failures.length > 0) throw failures.find((error) => error instanceof CliError) ?? failures[0];
  progress();
  return { hourPartitions: options.partitions.length, objectsListed, objectsRead, objectsSkipped, skippedKeys };
}
