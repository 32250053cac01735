import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { CliError, EXIT_PROBLEMS } from '../io';
import { MetricsSource, s3Failure } from './s3-source';

/** 1,000 keys a page: a million objects in one hour partition is far past anything the worker writes, and ends a runaway listing. */
const MAX_PAGES_PER_PARTITION = 1000;

/** What the listing reports as it goes, for the progress bar and the totals. */
export interface ListingTally {
  hourStarted(): void;
  /** Called with each page's key count before its keys are handed out. */
  keysListed(count: number): void;
}

export interface PartitionListingOptions {
  readonly client: S3Client;
  readonly source: MetricsSource;
  /** Hour folders under the prefix, `year=…/hour=HH/`: the only prefixes listed. */
  readonly partitions: readonly string[];
  /** Hours whose first page is listed before their keys are wanted. */
  readonly lookahead: number;
  readonly signal: AbortSignal;
  readonly tally: ListingTally;
}

interface ListedPage {
  readonly keys: string[];
  readonly nextToken?: string;
}

type Settled<T> = { readonly value: T } | { readonly error: unknown };

/**
 * The keys of the range's hour partitions in order, with the first page of the next hours
 * listed ahead, so that a long range of empty hours does not cost one round trip after another.
 * Memory holds one page of keys per hour listed ahead.
 */
export class PartitionListing {
  /** Prefetched first pages, kept settled: one that fails before it is awaited must not be an unhandled rejection. */
  private readonly ahead: Array<{ readonly partition: string; readonly first: Promise<Settled<ListedPage>> }> = [];
  private readonly inFlight = new Set<Promise<unknown>>();
  private nextPartition = 0;

  public constructor(private readonly options: PartitionListingOptions) {}

  /** One iterator for every reader: its `next()` calls queue, so each key is handed out once. */
  public async *keys(): AsyncGenerator<string> {
    this.listAhead();
    while (this.ahead.length > 0) {
      const { partition, first } = this.ahead.shift()!;
      const settled = await first;
      if ('error' in settled) throw settled.error;
      this.listAhead();
      this.options.tally.hourStarted();
      yield* this.keysOfPartition(partition, settled.value);
    }
  }

  /** Listings started ahead of a failure are aborted; waiting for them leaves nothing to outlive the command. */
  public async settled(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }

  private async *keysOfPartition(partition: string, first: ListedPage): AsyncGenerator<string> {
    let page = first;
    const seenTokens = new Set<string>();
    for (let pages = 1; ; pages++) {
      this.options.tally.keysListed(page.keys.length);
      yield* page.keys;
      if (page.nextToken === undefined) return;
      if (pages >= MAX_PAGES_PER_PARTITION || seenTokens.has(page.nextToken)) {
        const { bucket, prefix } = this.options.source;
        throw new CliError(`listing s3://${bucket}/${prefix}${partition} did not end after ${pages} pages; the server keeps returning more`, EXIT_PROBLEMS);
      }
      seenTokens.add(page.nextToken);
      page = await this.listPage(partition, page.nextToken);
    }
  }

  private listAhead(): void {
    const { partitions, lookahead, signal } = this.options;
    while (this.ahead.length < lookahead && this.nextPartition < partitions.length && !signal.aborted) {
      const partition = partitions[this.nextPartition++];
      this.ahead.push({ partition, first: this.settle(this.listPage(partition)) });
    }
  }

  private settle<T>(promise: Promise<T>): Promise<Settled<T>> {
    const settled = promise.then((value) => ({ value }), (error: unknown) => ({ error }));
    this.inFlight.add(settled);
    void settled.then(() => this.inFlight.delete(settled));
    return settled;
  }

  private async listPage(partition: string, token?: string): Promise<ListedPage> {
    const { client, source, signal } = this.options;
    const prefix = `${source.prefix}${partition}`;
    try {
      const page = await client.send(new ListObjectsV2Command({ Bucket: source.bucket, Prefix: prefix, ContinuationToken: token }), { abortSignal: signal });
      const keys = (page.Contents ?? []).map((object) => object.Key ?? '').filter((key) => key !== '' && !key.endsWith('/'));
      return { keys, nextToken: page.IsTruncated ? page.NextContinuationToken : undefined };
    } catch (error) {
      throw signal.aborted ? error : s3Failure('list', source, prefix, error);
    }
  }
}
