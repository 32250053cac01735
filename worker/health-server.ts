import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Registry } from 'prom-client';

export interface Readiness {
  /** Problems that make the worker unready; empty when ready. */
  (): string[];
}

/**
 * `/healthz` (the process serves requests), `/readyz` (Redis connected and a catalog loaded: 503
 * with the reasons otherwise) and `/metrics` (Prometheus text format).
 */
export class HealthServer {
  private readonly server: Server;

  public constructor(private readonly registry: Registry, private readonly readiness: Readiness) {
    this.server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
      } else if (path === '/healthz') {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      } else if (path === '/readyz') {
        const problems = this.readiness();
        res.writeHead(problems.length === 0 ? 200 : 503, { 'content-type': 'application/json' })
          .end(JSON.stringify(problems.length === 0 ? { status: 'ready' } : { status: 'not ready', problems }));
      } else if (path === '/metrics') {
        this.registry.metrics().then(
          (text) => res.writeHead(200, { 'content-type': this.registry.contentType }).end(text),
          (error: Error) => res.writeHead(500).end(error.message),
        );
      } else {
        res.writeHead(404).end();
      }
    });
    this.server.keepAliveTimeout = 5_000;
  }

  /** Listens on `port` (0: an ephemeral one) and resolves to the port. */
  public listen(port: number, host?: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolve((this.server.address() as AddressInfo).port));
    });
  }

  public close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
