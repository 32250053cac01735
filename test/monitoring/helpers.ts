import { CustomerApp, JobRunner, MonitoringProps, PlatformStack, QueueWorker, Tenant } from '../../constructs';
import { synthPlatform } from '../helpers';

/** A platform with monitoring on, an app (`web`, KServe) and a Knative app (`api`); every object schema-checked. */
export function monitoringDocs(monitoring: MonitoringProps = {}, build: (p: PlatformStack) => void = () => undefined): any[] {
  return synthPlatform((p) => {
    new CustomerApp(p, 'web', { image: 'registry.example.com/web:1.0.0' });
    new CustomerApp(p, 'api', { image: 'registry.example.com/api:1.0.0', engine: 'knative' });
    build(p);
  }, { monitoring });
}

export const ofKind = (docs: any[], kind: string): any[] => docs.filter((d) => d.kind === kind);

/**
 * monitoringDocs with event workers and a tenant too: a QueueWorker `mailer` (queue `mail`, KEDA's
 * defaults: 10 replicas × 10 jobs), a JobRunner `agents` (10 Jobs × 1 entry), a tenant `acme` with a
 * QueueWorker `thumbs` (maxReplicas 4, 5 jobs each) and (maxReplicas 2, 5 jobs each) and an app `shop` (within its quota).
 */
export function fullMonitoringDocs(monitoring: MonitoringProps = {}): any[] {
  return monitoringDocs(monitoring, (p) => {
    new QueueWorker(p, 'mailer', { image: 'ghcr.io/acme/mailer:1.0.0', queue: 'mail' });
    new JobRunner(p, 'agents', { image: 'ghcr.io/acme/agent:1.0.0', stream: 'ci:jobs' });
    const tenant = new Tenant(p, 'acme');
    new QueueWorker(tenant, 'thumbs', { image: 'ghcr.io/acme/thumbs:1.0.0', queue: 'thumbs', maxReplicas: 2, jobsPerReplica: 5 });
    new CustomerApp(tenant, 'shop', { image: 'registry.example.com/shop:1.0.0', maxScale: 2, resources: { limits: { cpu: '500m', memory: '1Gi' } } });
  });
}
