import { join } from 'path';
import { documentedProps } from './documented-props';
import { APP_DEFAULTS } from './defaults/app-defaults';
import { MONITORING_DEFAULTS } from './defaults/monitoring-defaults';
import { PLATFORM_DEFAULTS } from './defaults/platform-defaults';
import { SECRET_DEFAULTS } from './defaults/secret-defaults';
import { DELIVERY_DEFAULTS } from './defaults/delivery-defaults';
import { ROLLOUT_DEFAULTS } from './defaults/rollout-defaults';
import { MODEL_DEFAULTS } from './defaults/model-defaults';
import { DefaultsTable } from './defaults/tables';
import { EVENT_WORKER_DEFAULTS, JOB_RUNNER_DEFAULTS } from './defaults/event-worker-defaults';
import { TENANT_DEFAULTS } from './defaults/tenant-defaults';
import { TRIGGER_DEFAULTS } from './defaults/trigger-defaults';
import { WORKER_DEFAULTS } from './defaults/worker-defaults';

/**
 * Every `@default` in the props' JSDoc, with a check that synthesizes a chart with the prop left out
 * and expects what the tag promises. `documented` repeats the tag's text, so editing a tag fails
 * this test until its check has been looked at. The checks are in test/defaults/, a table a topic.
 */
const TABLES: Record<string, DefaultsTable> = { APP_DEFAULTS, PLATFORM_DEFAULTS, WORKER_DEFAULTS, TRIGGER_DEFAULTS, TENANT_DEFAULTS, MODEL_DEFAULTS, EVENT_WORKER_DEFAULTS, JOB_RUNNER_DEFAULTS, MONITORING_DEFAULTS, SECRET_DEFAULTS, DELIVERY_DEFAULTS, ROLLOUT_DEFAULTS };

/** The tables as one; a key in two of them would let one check hide the other, so it throws. */
function mergeTables(tables: Record<string, DefaultsTable>): DefaultsTable {
  const merged: DefaultsTable = {};
  for (const [tableName, table] of Object.entries(tables)) {
    for (const [key, entry] of Object.entries(table)) {
      if (key in merged) throw new Error(`${key} is in ${tableName} and in another defaults table`);
      merged[key] = entry;
    }
  }
  return merged;
}

const DEFAULTS = mergeTables(TABLES);

// contracts/ too: the props refer to shared types declared there (SecretKeyRef).
const props = documentedProps(join(__dirname, '..', 'constructs'), join(__dirname, '..', 'contracts'));

describe('@default tags', () => {
  test('the props interfaces are found', () => {
    const interfaces = new Set(props.map((p) => p.key.split('.')[0]));
    for (const name of ['CustomerAppProps', 'PlatformStackProps', 'SchedulerWorkerProps', 'TriggerProps', 'SchedulerWorkerMetrics', 'AppResources', 'S3CredentialsSecret']) {
      expect(interfaces).toContain(name);
    }
  });

  test('every optional prop has a @default', () => {
    expect(props.filter((p) => p.optional && p.documented === undefined).map((p) => p.key)).toEqual([]);
  });

  test('every @default has a check, and every check a @default with the same text', () => {
    const tags = Object.fromEntries(props.filter((p) => p.documented !== undefined).map((p) => [p.key, p.documented]));
    const documented = Object.fromEntries(Object.entries(DEFAULTS).map(([key, e]) => [key, e.documented]));
    expect(documented).toEqual(tags);
  });

  test.each(Object.keys(DEFAULTS))('%s', (key) => {
    DEFAULTS[key].check();
  });
});
