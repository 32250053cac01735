import { WORKER_METRICS } from '../../contracts/metrics';
import { APP_LABEL, KNATIVE_QUEUE_PROXY_METRICS } from './external-metrics';
import { Matchers, rate, sum } from './promql';

/** The queries both the alert rules and the dashboards use. */

/** The share of trigger runs that succeeded (by final outcome: a success on a retry counts), over `window`. */
export function triggerSuccessRate(worker: Matchers, window: string): string {
  const runs = WORKER_METRICS.runs.name;
  return `${sum(rate(runs, { ...worker, outcome: 'success' }, window))} / ${sum(rate(runs, worker, window))}`;
}

/** The share of trigger runs that did not succeed (failed after their last attempt, or missed). */
export function triggerFailureRate(worker: Matchers, window: string): string {
  const runs = WORKER_METRICS.runs.name;
  return `${sum(rate(runs, { ...worker, outcome: '!=success' }, window))} / ${sum(rate(runs, worker, window))}`;
}

/** The share of attempts that failed (the per-attempt figure, beside the per-run one). */
export function attemptSuccessRate(worker: Matchers, window: string): string {
  const executions = WORKER_METRICS.executions.name;
  return `${sum(rate(executions, { ...worker, status: 'success' }, window))} / ${sum(rate(executions, { ...worker, status: '!=missed' }, window))}`;
}

const requests = `${KNATIVE_QUEUE_PROXY_METRICS.requestDuration.name}_count`;

/** Each app's share of 5xx responses over `window`. */
export function appErrorRate(apps: Matchers, window: string, by: readonly string[] = ['namespace', APP_LABEL]): string {
  return `${sum(rate(requests, { ...apps, http_response_status_code: '=~5..' }, window), by)} / ${sum(rate(requests, apps, window), by)}`;
}

/** Each app's requests per second. */
export function appRequestRate(apps: Matchers, window: string, by: readonly string[] = ['namespace', APP_LABEL]): string {
  return sum(rate(requests, apps, window), by);
}
