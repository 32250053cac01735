import type { LiveApp } from '../app-state';
import { conditionOf, isTrue, withMessage } from '../conditions';
import type { Diagnosis } from './diagnosis';

/** The DomainMapping for https://<app>.<domain> is missing or not Ready. */
export function domainMapping(app: LiveApp): Diagnosis | null {
  const host = app.expected.domainMapping;
  if (!host || isTrue(app.domainMapping)) return null;
  if (!app.domainMapping) {
    return {
      problem: 'domain-mapping-missing',
      reason: `the DomainMapping ${host} is not in the cluster: https://${host} does not route to the app`,
      advice: 'deploy the synthesized output again (the DomainMapping is part of it)',
      details: [],
    };
  }
  const ready = conditionOf(app.domainMapping, 'Ready');
  const failing = ((app.domainMapping.status?.conditions ?? []) as Array<{ type: string; status: string; reason?: string; message?: string }>)
    .filter((condition) => condition.status !== 'True' && condition.type !== 'Ready');
  return {
    problem: 'domain-mapping-not-ready',
    reason: `the DomainMapping ${host} is not ready${ready?.reason ? ` (${ready.reason})` : ''}${withMessage(ready)}`,
    advice: 'check that the wildcard DNS record points at Kourier\'s load balancer and that the certificate is issued',
    details: failing.map((condition) => `${condition.type}=${condition.status} ${condition.reason ?? ''}${withMessage(condition)}`),
  };
}

/** The cert-manager Certificate covering the app's host is not Ready: cert-manager's own reason. */
export function certificate(app: LiveApp): Diagnosis | null {
  const expected = app.expected.certificate;
  if (!expected || isTrue(app.certificate)) return null;
  const name = `${expected.namespace}/${expected.name}`;
  if (!app.certificate) {
    return {
      problem: 'certificate-missing',
      reason: `the Certificate ${name} is not in the cluster: HTTPS has no certificate`,
      advice: 'deploy the synthesized output again; check that cert-manager is installed (kubectl get pods -n cert-manager)',
      details: [],
    };
  }
  const ready = conditionOf(app.certificate, 'Ready');
  const issuing = conditionOf(app.certificate, 'Issuing');
  return {
    problem: 'certificate-not-ready',
    reason: `the certificate ${name} is not ready: ${ready?.reason ?? 'no Ready condition yet'}${withMessage(ready)}`,
    advice: 'follow its issuance: kubectl describe certificaterequest,order,challenge -n ' + expected.namespace
      + ' (DNS-01 needs the DNS token Secret; Let\'s Encrypt allows 5 certificates per set of names per week)',
    details: [ready, issuing].filter((condition) => condition !== undefined).map((condition) => `${condition!.type}=${condition!.status} ${condition!.reason ?? ''}${withMessage(condition)}`),
  };
}
