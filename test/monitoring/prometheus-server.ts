import { ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as YAML from 'yaml';
import { freePort } from '../worker/servers';

/** A real Prometheus (the Debian package's server) on 127.0.0.1, scraping static targets every second. */
export class PrometheusServer {
  public readonly url: string;
  public readonly output: string[] = [];
  private readonly proc: ChildProcess;

  private constructor(port: number, dir: string, targets: ReadonlyArray<{ job: string; target: string; labels: Record<string, string> }>) {
    this.url = `http://127.0.0.1:${port}`;
    const config = {
      global: { scrape_interval: '1s', scrape_timeout: '1s', evaluation_interval: '1s' },
      scrape_configs: targets.map((t) => ({ job_name: t.job, static_configs: [{ targets: [t.target], labels: t.labels }] })),
    };
    writeFileSync(join(dir, 'prometheus.yml'), YAML.stringify(config));
    this.proc = spawn('prometheus', [
      `--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`, '--log.level=warn',
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [this.proc.stdout!, this.proc.stderr!]) stream.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
  }

  /** Starts it and resolves once /-/ready answers 200 (polled: the server has no other signal; at most `timeoutMs`). */
  public static async start(dir: string, targets: ReadonlyArray<{ job: string; target: string; labels: Record<string, string> }>, timeoutMs = 30_000): Promise<PrometheusServer> {
    const server = new PrometheusServer(await freePort(), dir, targets);
    await server.poll(async () => (await fetch(`${server.url}/-/ready`)).status === 200, timeoutMs, 'Prometheus to be ready');
    return server;
  }

  /** An instant query's vector (metric labels and value). */
  public async query(expr: string): Promise<Array<{ metric: Record<string, string>; value: number }>> {
    const response = await fetch(`${this.url}/api/v1/query?query=${encodeURIComponent(expr)}`);
    const body = await response.json() as { status: string; error?: string; data: { resultType: string; result: Array<{ metric: Record<string, string>; value: [number, string] }> } };
    if (body.status !== 'success') throw new Error(`${expr}: ${body.error}`);
    return body.data.result.map((r) => ({ metric: r.metric, value: Number(r.value[1]) }));
  }

  /** Every metric name Prometheus holds. */
  public async metricNames(): Promise<string[]> {
    const body = await (await fetch(`${this.url}/api/v1/label/__name__/values`)).json() as { data: string[] };
    return body.data;
  }

  /**
   * Polls `check` every 200 ms until it holds, at most `timeoutMs`: Prometheus' API has no push, so
   * asking is the only way to learn a scrape happened. Bounded; a server that died fails the wait.
   */
  public async poll(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.proc.exitCode !== null) throw new Error(`Prometheus exited (${this.proc.exitCode}) while waiting for ${what}: ${this.output.join('')}`);
      try {
        if (await check()) return;
      } catch { /* not listening yet */ }
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${what}\n${this.output.join('')}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  public async stop(): Promise<void> {
    if (this.proc.exitCode !== null) return;
    const exited = new Promise((resolve) => this.proc.once('exit', resolve));
    this.proc.kill('SIGTERM');
    await exited;
  }
}
