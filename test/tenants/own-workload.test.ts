import { Construct } from 'constructs';
// As docs/constructs.md ("Your own workload constructs") writes it, with the package's entry point.
import {
  appScopeOf, checkSecretKeyRef, hardenedDeployment, platformOf, PropProblems, resolveResources, ResourceQuantities, SecretKeyRef, Tenant,
  workloadServiceAccount,
} from '../../constructs';
import { errorOf, findObject, synthPlatform } from '../helpers';

export interface MailWorkerProps {
  readonly image: string;
  readonly smtpPassword: SecretKeyRef;
  readonly resources?: { readonly requests?: ResourceQuantities; readonly limits?: ResourceQuantities };
}

/** A workload of one's own: it lands in the namespace of the tenant (or platform) it is created in. */
export class MailWorker extends Construct {
  public constructor(scope: Construct, id: string, props: MailWorkerProps) {
    super(scope, id);
    const namespace = appScopeOf(this).appsNamespace;
    const problems = new PropProblems(this);
    checkSecretKeyRef(problems, 'smtpPassword', props.smtpPassword, { secretHint: `a Secret in namespace ${namespace}` });
    const resources = resolveResources(problems, 'resources', props.resources, {
      requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '250m', memory: '256Mi' },
    });
    problems.throwIfAny();
    const labels = { 'app.kubernetes.io/name': id, ...platformOf(this).labels };
    const metadata = { name: id, namespace, labels, selectorLabels: { 'app.kubernetes.io/name': id } };
    hardenedDeployment(this, 'Deployment', {
      ...metadata,
      replicas: 1,
      serviceAccount: workloadServiceAccount(this, 'ServiceAccount', metadata),
      container: {
        name: 'worker', image: props.image, resources,
        env: [{ name: 'SMTP_PASSWORD', secret: props.smtpPassword }],
      },
    });
  }
}

describe('a workload construct of one\'s own, from the exported extension points', () => {
  test('lands in its tenant\'s namespace, hardened, schema-valid', () => {
    const docs = synthPlatform((p) => { new MailWorker(new Tenant(p, 'acme'), 'mail', { image: 'ghcr.io/acme/mail:1.0.0', smtpPassword: { secret: 'smtp', key: 'password' } }); });
    const deployment = findObject(docs, 'Deployment', 'mail');
    expect(deployment.metadata.namespace).toBe('acme');
    expect(deployment.spec.template.spec.containers[0].securityContext).toMatchObject({ runAsNonRoot: true, allowPrivilegeEscalation: false });
    expect(deployment.spec.template.spec.containers[0].resources).toEqual({ requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '250m', memory: '256Mi' } });
  });

  test('its props are checked like the library\'s: path, field, value, expectation', () => {
    expect(errorOf(() => synthPlatform((p) => {
      new MailWorker(p, 'mail', { image: 'ghcr.io/acme/mail:1.0.0', smtpPassword: { secret: 'Bad Name', key: 'password' }, resources: { requests: { cpu: '2' } } });
    }))).toBe('calvin/mail: smtpPassword.secret "Bad Name" is not a DNS-1123 subdomain (dot-separated labels of lowercase letters, digits and \'-\', at most 253 characters)\n'
      + 'calvin/mail: resources.requests.cpu "2" is more than the limit (250m)');
  });
});
