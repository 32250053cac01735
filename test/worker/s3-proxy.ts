import { EventEmitter, once } from 'node:events';
import { createServer, IncomingMessage, request, Server, ServerResponse } from 'node:http';
import { listenOnLoopback } from './servers';

/** A PUT the proxy forwarded to s3rver, whose answer it keeps from the client until released. */
export interface HeldPut {
  /** The object key (path without the bucket). */
  readonly key: string;
  /** s3rver's status: the object is written when this is 200. */
  readonly upstreamStatus: number;
}

/**
 * A plain HTTP proxy on 127.0.0.1 in front of s3rver, for the crash-during-flush tests. With
 * `holdPutResponses` on, a PUT goes through to s3rver (the object is written) but its answer is
 * held: the flusher is stuck exactly between the PUT and its acknowledgement, where a SIGKILL
 * hurts most. Emits `put` (key) for every PUT and `held` (HeldPut) for each held one; `release()`
 * answers the held ones.
 */
export class S3Proxy extends EventEmitter {
  public holdPutResponses = false;
  public readonly held: HeldPut[] = [];
  /** The key of every PUT forwarded, held or not, in order. */
  public readonly puts: string[] = [];
  private readonly waiting: Array<() => void> = [];
  private readonly server: Server;
  private port = 0;

  public constructor(private readonly upstream: string, private readonly bucket: string) {
    super();
    this.server = createServer((req, res) => this.forward(req, res));
  }

  public get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  public async listen(): Promise<this> {
    this.port = await listenOnLoopback(this.server);
    return this;
  }

  /** Resolves with the first held PUT (past or future), bounded by the caller's within(). */
  public nextHeld(): Promise<HeldPut> {
    if (this.held.length > 0) return Promise.resolve(this.held[0]);
    return once(this, 'held').then(([put]) => put as HeldPut);
  }

  /** Resolves once `count` PUTs of `key` have gone through (counting past ones). */
  public putsOf(key: string, count: number): Promise<void> {
    let seen = this.puts.filter((put) => put === key).length;
    if (seen >= count) return Promise.resolve();
    return new Promise((resolve) => {
      const listener = (put: string): void => {
        if (put !== key || ++seen < count) return;
        this.off('put', listener);
        resolve();
      };
      this.on('put', listener);
    });
  }

  /** Answers every held PUT and stops holding. */
  public release(): void {
    this.holdPutResponses = false;
    for (const answer of this.waiting.splice(0)) answer();
  }

  public async close(): Promise<void> {
    this.release();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private forward(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.upstream);
    const upstream = request(url, { method: req.method, headers: req.headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const reply = (): void => {
          if (res.destroyed) return;
          res.writeHead(answer.statusCode ?? 502, answer.headers).end(Buffer.concat(chunks));
        };
        const key = decodeURIComponent(url.pathname.replace(`/${this.bucket}/`, ''));
        if (req.method === 'PUT') {
          this.puts.push(key);
          this.emit('put', key);
        }
        if (req.method === 'PUT' && this.holdPutResponses) {
          const put: HeldPut = { key, upstreamStatus: answer.statusCode ?? 0 };
          this.held.push(put);
          this.waiting.push(reply);
          this.emit('held', put);
        } else {
          reply();
        }
      });
    });
    upstream.on('error', () => res.destroyed || res.writeHead(502).end());
    req.pipe(upstream);
  }
}
