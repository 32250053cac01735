import type { AppStatus } from './app-report';
import type { PlatformStatus } from './platform';
import type { TriggersStatus } from './triggers';

/** What `calvin status --json` prints; STATUS_JSON_SCHEMA describes it (test/cli/status.test.ts checks every case against it). */
export interface StatusResult {
  readonly context: string;
  readonly server: string;
  /** Every app (and the platform, when it was checked) is Ready. */
  readonly ready: boolean;
  readonly apps: readonly AppStatus[];
  /** Null when only named apps were asked for. */
  readonly platform: PlatformStatus | null;
  readonly triggers: TriggersStatus | null;
}

const stringList = { type: 'array', items: { type: 'string' } } as const;
const nullableString = { type: ['string', 'null'] } as const;

const diagnosis = {
  type: 'object',
  additionalProperties: false,
  required: ['problem', 'reason', 'advice', 'details'],
  properties: { problem: { type: 'string' }, reason: { type: 'string' }, advice: { type: 'string' }, details: stringList },
} as const;

const app = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'namespace', 'engine', 'ready', 'url', 'latest_ready_revision', 'traffic', 'replicas', 'scaled_to_zero', 'problems'],
  properties: {
    name: { type: 'string' },
    namespace: { type: 'string' },
    engine: { enum: ['kserve', 'knative'] },
    ready: { type: 'boolean' },
    url: { type: 'string' },
    latest_ready_revision: nullableString,
    traffic: {
      type: 'array',
      items: {
        type: 'object', additionalProperties: false, required: ['revision', 'percent', 'latest'],
        properties: { revision: { type: 'string' }, percent: { type: 'number', minimum: 0, maximum: 100 }, latest: { type: 'boolean' } },
      },
    },
    replicas: {
      type: 'object', additionalProperties: false, required: ['ready', 'total'],
      properties: { ready: { type: 'integer', minimum: 0 }, total: { type: 'integer', minimum: 0 } },
    },
    scaled_to_zero: { type: 'boolean' },
    problems: { type: 'array', items: diagnosis },
  },
} as const;

const platform = {
  type: 'object',
  additionalProperties: false,
  required: ['ready', 'workers', 'kourier', 'missing', 'not_synthesized', 'unchecked_kinds', 'problems'],
  properties: {
    ready: { type: 'boolean' },
    workers: {
      type: 'array',
      items: {
        type: 'object', additionalProperties: false, required: ['name', 'namespace', 'replicas', 'catalog_checksum', 'stale_pods'],
        properties: {
          name: { type: 'string' },
          namespace: { type: 'string' },
          replicas: {
            type: 'object', additionalProperties: false, required: ['ready', 'desired'],
            properties: { ready: { type: 'integer', minimum: 0 }, desired: { type: 'integer', minimum: 0 } },
          },
          catalog_checksum: nullableString,
          stale_pods: stringList,
        },
      },
    },
    kourier: {
      type: 'object', additionalProperties: false, required: ['found', 'address'],
      properties: { found: { type: 'boolean' }, address: nullableString },
    },
    missing: stringList,
    not_synthesized: stringList,
    unchecked_kinds: stringList,
    problems: stringList,
  },
} as const;

const trigger = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'schedule', 'timezone', 'enabled', 'next_fire', 'last_run', 'last_success', 'late'],
  properties: {
    id: { type: 'string' },
    schedule: { type: 'string' },
    timezone: { type: 'string' },
    enabled: { type: 'boolean' },
    next_fire: { type: ['string', 'null'], format: 'date-time' },
    last_run: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object', additionalProperties: false, required: ['status', 'timestamp'],
          properties: { status: { enum: ['success', 'failure', 'missed'] }, timestamp: { type: 'string', format: 'date-time' } },
        },
      ],
    },
    last_success: { type: ['string', 'null'], format: 'date-time' },
    late: { type: 'boolean' },
  },
} as const;

/** JSON Schema (draft 2020-12 subset ajv checks) of `calvin status --json`. */
export const STATUS_JSON_SCHEMA = {
  $id: 'https://calvin-runtime.dev/schemas/status.json',
  type: 'object',
  additionalProperties: false,
  required: ['context', 'server', 'ready', 'apps', 'platform', 'triggers'],
  properties: {
    context: { type: 'string' },
    server: { type: 'string' },
    ready: { type: 'boolean' },
    apps: { type: 'array', items: app },
    platform: { oneOf: [{ type: 'null' }, platform] },
    triggers: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object', additionalProperties: false, required: ['records_unread', 'triggers'],
          properties: { records_unread: nullableString, triggers: { type: 'array', items: trigger } },
        },
      ],
    },
  },
} as const;
