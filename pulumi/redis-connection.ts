/**
 * The Redis connection Secret every QueueWorker and JobRunner of the platform reads (KEDA through
 * its TriggerAuthentication, the pods as REDIS_URL), written from the Valkey cluster with the keys
 * of contracts/redis-connection.ts, in each workload's namespace under the name it reads.
 */
import * as pulumi from '@pulumi/pulumi';
import { IConstruct } from 'constructs';
import { redisConnectionSecretData } from '../contracts/redis-connection';
import { JobRunner } from '../constructs/workers/job-runner';
import { QueueWorker } from '../constructs/workers/queue-worker';

/** A Secret the platform's event workers read: where, and by whom. */
export interface RedisConnectionSecretNeed {
  readonly namespace: string;
  readonly secret: string;
}

/** Each distinct (namespace, Secret) the QueueWorkers and JobRunners under `root` read the connection from. */
export function redisConnectionSecretNeeds(root: IConstruct): RedisConnectionSecretNeed[] {
  const needs = new Map<string, RedisConnectionSecretNeed>();
  for (const c of root.node.findAll()) {
    if (!(c instanceof QueueWorker) && !(c instanceof JobRunner)) continue;
    needs.set(`${c.namespace}/${c.redisSecret}`, { namespace: c.namespace, secret: c.redisSecret });
  }
  return [...needs.values()];
}

/** The Valkey cluster's connection outputs (a `digitalocean.DatabaseCluster` has them all). */
export interface ValkeyConnection {
  readonly privateHost: pulumi.Input<string>;
  readonly port: pulumi.Input<number>;
  readonly user: pulumi.Input<string>;
  readonly password: pulumi.Input<string>;
}

/** The Secret's data from the cluster: its private host, TLS on (DigitalOcean's managed Valkey speaks only TLS). */
export function valkeyConnectionSecretData(valkey: ValkeyConnection): pulumi.Output<Record<string, string>> {
  return pulumi.secret(pulumi.all([valkey.privateHost, valkey.port, valkey.user, valkey.password])
    .apply(([host, port, username, password]) => redisConnectionSecretData({ host, port, username, password, tls: true })));
}
