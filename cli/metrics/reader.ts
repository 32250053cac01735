import { setMaxListeners } from 'node:events';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CliError, EXIT_PROBLEMS } from '../io';
import { MetricsAggregate } from './aggregate';
import { ListingTally, PartitionListing } from './partition-listing';
import { MetricsSource, s3Failure } from './s3-source';

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
  /** Where each record goes (`calvin status` folds them into last runs instead). */
  readonly aggregate: Pick<MetricsAggregate, 'add' | 'recordsRead'>;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ReadProgress) => void;
  /** An object that is not a JSON array of records: reported, then left out. */
  readonly onSkip?: (key: string, reason: string) => void;
}

/**
 * Lists the range's hour partitions and reads their objects with `concurrency` readers. Each
 * object is parsed, folded into the aggregate and dropped, so memory holds at most `concurrency`
 * objects and one page of keys per hour listed ahead, whatever the range holds.
 */
export async function readMetrics(options: ReadOptions): Promise<ReadTotals> {
  const { client, source, partitions, concurrency } = options;
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([stop.signal, options.signal]) : stop.signal;
  // Every request in flight listens to the signal: readers plus listings ahead, more than Node's default warning level of 10.
  const lookahead = Math.max(MIN_LIST_LOOKAHEAD, concurrency);
  setMaxListeners(concurrency + lookahead + 10, signal);
  const tally = new ReadTally(options);
  const listing = new PartitionListing({ client, source, partitions, lookahead, signal, tally });
  const objects = new ObjectReader(options, signal, tally);
  const results = await runReaders(concurrency, listing.keys(), objects, signal, stop);
  await listing.settled();
  if (options.signal?.aborted) throw new CliError('interrupted', EXIT_PROBLEMS);
  throwFirstFailure(results);
  tally.progress();
  return tally.totals();
}

/**
 * `count` readers share one key iterator. The first failure stops the other readers and the
 * listing; their abort errors are not the story.
 */
async function runReaders(
  count: number, keys: AsyncIterator<string>, objects: ObjectReader, signal: AbortSignal, stop: AbortController,
): Promise<Array<PromiseSettledResult<void>>> {
  const reader = async (): Promise<void> => {
    try {
      while (!signal.aborted) {
        const next = await keys.next();
        if (next.done) return;
        await objects.read(next.value);
      }
    } catch (error) {
      stop.abort();
      throw error;
    }
  };
  return Promise.allSettled(Array.from({ length: count }, reader));
}

/** A CliError already says what went wrong in the user's terms; it wins over what it caused. */
function throwFirstFailure(results: ReadonlyArray<PromiseSettledResult<void>>): void {
  const failures = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected').map((result) => result.reason as unknown);
  if (failures.length > 0) throw failures.find((error) => error instanceof CliError) ?? failures[0];
}

/** The counts a read reports, as progress while it runs and as totals at the end. */
class ReadTally implements ListingTally {
  private hoursStarted = 0;
  private objectsListed = 0;
  private objectsRead = 0;
  private objectsSkipped = 0;
  private readonly skippedKeys: string[] = [];

  public constructor(private readonly options: ReadOptions) {}

  public hourStarted(): void {
    this.hoursStarted++;
  }

  public keysListed(count: number): void {
    this.objectsListed += count;
    this.progress();
  }

  public objectRead(): void {
    this.objectsRead++;
    this.progress();
  }

  public skipped(key: string, reason: string): void {
    this.objectsSkipped++;
    if (this.skippedKeys.length < MAX_SKIPPED_KEYS_KEPT) this.skippedKeys.push(key);
    this.options.onSkip?.(key, reason);
  }

  public progress(): void {
    const { hoursStarted, objectsListed, objectsRead } = this;
    this.options.onProgress?.({ hoursTotal: this.options.partitions.length, hoursStarted, objectsListed, objectsRead, recordsRead: this.options.aggregate.recordsRead });
  }

  public totals(): ReadTotals {
    const { objectsListed, objectsRead, objectsSkipped, skippedKeys } = this;
    return { hourPartitions: this.options.partitions.length, objectsListed, objectsRead, objectsSkipped, skippedKeys };
  }
}

/** Reads one object and folds its records into the aggregate, or skips it with the reason. */
class ObjectReader {
  public constructor(private readonly options: ReadOptions, private readonly signal: AbortSignal, private readonly tally: ReadTally) {}

  public async read(key: string): Promise<void> {
    const text = await this.fetch(key);
    if (text === undefined) return this.tally.skipped(key, 'deleted after it was listed');
    const parsed = parseRecords(text);
    if ('reason' in parsed) return this.tally.skipped(key, parsed.reason);
    for (const record of parsed.records) this.options.aggregate.add(record);
    this.tally.objectRead();
  }

  /** The object's text, or undefined when it is gone. */
  private async fetch(key: string): Promise<string | undefined> {
    const { client, source } = this.options;
    try {
      const object = await client.send(new GetObjectCommand({ Bucket: source.bucket, Key: key }), { abortSignal: this.signal });
      return (await object.Body?.transformToString('utf8')) ?? '';
    } catch (error) {
      if (this.signal.aborted) throw error;
      // A lifecycle rule may expire an object between the listing and the read: that is not a failure of the report.
      if ((error as { name?: string }).name === 'NoSuchKey') return undefined;
      throw s3Failure('read', source, key, error);
    }
  }
}

function parseRecords(text: string): { readonly records: unknown[] } | { readonly reason: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { reason: `not JSON (${(error as Error).message})` };
  }
  if (!Array.isArray(parsed)) return { reason: `not a JSON array of records (${parsed === null ? 'null' : typeof parsed})` };
  return { records: parsed };
}
