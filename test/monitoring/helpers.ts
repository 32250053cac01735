import { CustomerApp, MonitoringProps, PlatformStack } from '../../constructs';
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
