import type { LiveApp } from '../app-state';
import { conditionOf, isTrue, withMessage } from '../conditions';
import { crashLoop } from './crash-loop';
import type { Diagnose, Diagnosis } from './diagnosis';
import { certificate, domainMapping } from './domain';
import { imagePull } from './image-pull';
import { notDeployed } from './not-deployed';
import { notListening } from './not-listening';
import { quotaExceeded } from './quota';
import { revisionMissing } from './revision-missing';

export type { Diagnosis };

/** Most specific first: a pull failure also leaves no ready revision, which says less. */
const WORKLOAD_CHECKS: readonly Diagnose[] = [notDeployed, imagePull, crashLoop, quotaExceeded, notListening, revisionMissing];
const ROUTE_CHECKS: readonly Diagnose[] = [domainMapping, certificate];

/**
 * Why the app is not Ready: the first workload problem found (the app itself), then every
 * routing problem (DomainMapping, certificate), which can come on top. Empty when all is Ready.
 */
export async function diagnose(app: LiveApp): Promise<Diagnosis[]> {
  const found: Diagnosis[] = [];
  if (!isTrue(app.top)) {
    for (const check of WORKLOAD_CHECKS) {
      const diagnosis = await check(app);
      if (diagnosis) {
        found.push(diagnosis);
        break;
      }
    }
    if (found.length === 0) found.push(notReady(app));
  }
  for (const check of ROUTE_CHECKS) {
    const diagnosis = await check(app);
    if (diagnosis) found.push(diagnosis);
  }
  return found;
}

/** None of the known problems: the upstream condition as it is. */
function notReady(app: LiveApp): Diagnosis {
  const ready = conditionOf(app.top, 'Ready');
  return {
    problem: 'not-ready',
    reason: `not ready: ${ready ? `${ready.reason ?? ready.status}${withMessage(ready)}` : 'no Ready condition yet (just deployed?)'}`,
    advice: `kubectl describe ${app.expected.engine === 'kserve' ? 'inferenceservice' : 'ksvc'} -n ${app.expected.namespace} ${app.expected.name}`,
    details: [],
  };
}
