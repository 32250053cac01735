// `npm test`: the platform synthesizes (constructs check their props at synth) and holds what we expect.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Testing } from 'cdk8s';
import { buildPlatform } from '../platform';

test('the platform serves hello at its public URL and fires its trigger', () => {
  const app = Testing.app();
  const platform = buildPlatform(app, { worker: { image: 'registry.example.com/scheduler-worker:test' } });
  const objects = Testing.synth(platform);
  assert.ok(objects.some((o) => o.kind === 'InferenceService' && o.metadata.name === 'hello'));
  const catalog = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'scheduler-worker-triggers');
  assert.match(JSON.stringify(catalog?.data), /ping/);
});
