/**
 * What the tables of test/defaults.test.ts share: the entry shape and the charts a check
 * synthesizes (apps and the worker; ResourceQuantities' checks look at both).
 */
import { CustomerApp, CustomerAppProps, PlatformStackProps, SchedulerWorkerProps } from '../../constructs';
import { findObject, synthPlatform } from '../helpers';

/** One `@default` tag: its text, and a check that the prop left out does what the text promises. */
export type Entry = { readonly documented: string; readonly check: () => void };
export type DefaultsTable = Record<string, Entry>;

export const IMAGE = 'registry.example.com/web:1.0.0';
export const noop = () => undefined;

export function appDocs(props: Partial<CustomerAppProps> = {}, platform: Partial<PlatformStackProps> = {}): any[] {
  return synthPlatform((p) => { new CustomerApp(p, 'web', { image: IMAGE, ...props }); }, platform);
}
export const predictor = (props: Partial<CustomerAppProps> = {}) => findObject(appDocs(props), 'InferenceService', 'web').spec.predictor;
export const appContainer = (props: Partial<CustomerAppProps> = {}) => predictor(props).containers[0];
/** Leaving the props out synthesizes exactly what setting them to the documented values does. */
export const sameApp = (explicit: Partial<CustomerAppProps>) => expect(appDocs()).toEqual(appDocs(explicit));

export const workerDocs = (worker: SchedulerWorkerProps = {}) => synthPlatform(noop, { worker });
export const workerPod = (worker: SchedulerWorkerProps = {}) => findObject(workerDocs(worker), 'Deployment', 'scheduler-worker').spec.template.spec;
export const workerContainer = (worker: SchedulerWorkerProps = {}) => workerPod(worker).containers[0];
/** The worker's environment by name: the value, or the `secretKeyRef` of a Secret-backed variable. */
export function workerEnv(worker: SchedulerWorkerProps = {}): Record<string, any> {
  return Object.fromEntries(workerContainer(worker).env.map((e: any) => [e.name, e.value ?? e.valueFrom?.secretKeyRef ?? e.valueFrom]));
}
export const sameWorker = (explicit: SchedulerWorkerProps) => expect(workerDocs()).toEqual(workerDocs(explicit));

export const WORKER_REQUESTS = { cpu: '200m', memory: '256Mi' };
export const WORKER_LIMITS = { cpu: '500m', memory: '512Mi' };
