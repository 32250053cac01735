/**
 * The benchmarks' own requests to the processes they measure (a worker's /metrics, the target's
 * control paths), apart from the load itself. Each goes on a connection of its own: a pooled one
 * can be closed by the server's keep-alive timer just as it is reused, and on a loaded machine
 * that race ended a 10-minute run with ECONNRESET.
 */

/** GET (or `init`) on a fresh connection. */
export function controlFetch(url: string, init: RequestInit = {}): Promise<Response> {
  return fetch(url, { ...init, headers: { ...init.headers, connection: 'close' } });
}

/** A gauge or counter of a worker's Prometheus /metrics, by its exact name. */
export async function workerMetric(port: number, name: string): Promise<number> {
  const text = await (await controlFetch(`http://127.0.0.1:${port}/metrics`)).text();
  const match = new RegExp(`^${name} (\\S+)`, 'm').exec(text);
  if (!match) throw new Error(`no ${name} in the worker's /metrics`);
  return Number(match[1]);
}

/** A worker's resident set size in MB, from its /metrics. */
export async function rssMb(port: number): Promise<number> {
  return (await workerMetric(port, 'process_resident_memory_bytes')) / 2 ** 20;
}
