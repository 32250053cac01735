import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { CustomerApp, READ_ONLY_RULES } from '../../constructs';
import { errorOf, findObject, synthPlatform } from '../helpers';

/** PlatformStack's `readOnlyAccess`: the ClusterRole `calvin status` needs, schema-valid, read-only, as documented. */
const build = (platform: Parameters<NonNullable<Parameters<typeof synthPlatform>[0]>>[0]) => { new CustomerApp(platform, 'web', { image: 'registry.example.com/web:1' }); };

describe('readOnlyAccess', () => {
  test('true: a ClusterRole with get/list/watch only, pods/log included, no Secrets, no binding', () => {
    const docs = synthPlatform(build, { readOnlyAccess: true });
    const role = findObject(docs, 'ClusterRole', 'calvin-status-reader');
    expect(role.apiVersion).toBe('rbac.authorization.k8s.io/v1');
    const verbs = new Set(role.rules.flatMap((rule: { verbs: string[] }) => rule.verbs));
    expect([...verbs].sort()).toEqual(['get', 'list', 'watch']);
    const resources = role.rules.flatMap((rule: { apiGroups: string[]; resources: string[] }) => rule.resources.map((resource) => `${rule.apiGroups[0]}/${resource}`));
    expect(resources).toEqual(expect.arrayContaining(['/pods', '/pods/log', 'apps/deployments', 'serving.kserve.io/inferenceservices',
      'serving.knative.dev/services', 'serving.knative.dev/revisions', 'serving.knative.dev/domainmappings', 'cert-manager.io/certificates']));
    expect(resources.filter((resource: string) => resource.includes('secret'))).toEqual([]);
    expect(docs.filter((doc) => doc.kind === 'ClusterRoleBinding')).toEqual([]);
  });

  test('with subjects: a binding to a ServiceAccount and a group, under the chosen name', () => {
    const docs = synthPlatform(build, { readOnlyAccess: { name: 'ci-reader', subjects: [{ kind: 'ServiceAccount', name: 'ci', namespace: 'ci' }, { kind: 'Group', name: 'ops' }] } });
    findObject(docs, 'ClusterRole', 'ci-reader');
    expect(findObject(docs, 'ClusterRoleBinding', 'ci-reader')).toMatchObject({
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'ci-reader' },
      subjects: [{ kind: 'ServiceAccount', name: 'ci', namespace: 'ci' }, { kind: 'Group', name: 'ops', apiGroup: 'rbac.authorization.k8s.io' }],
    });
  });

  test.each([
    [{ name: 'Not_A_Name' }, 'calvin/ReadOnlyAccess: name "Not_A_Name" is not a DNS-1123 subdomain'],
    [{ subjects: [{ kind: 'ServiceAccount' as const, name: 'ci' }] }, 'calvin/ReadOnlyAccess: subjects[0].namespace is required for a ServiceAccount'],
    [{ subjects: [{ kind: 'User' as const, name: 'me', namespace: 'ci' }] }, 'calvin/ReadOnlyAccess: subjects[0].namespace "ci" is only for a ServiceAccount'],
    [{ subjects: [{ kind: 'Robot' as never, name: 'r2' }] }, 'calvin/ReadOnlyAccess: subjects[0].kind "Robot" is not "User", "Group" or "ServiceAccount"'],
  ])('%j is refused with the construct path and the field', (readOnlyAccess, message) => {
    expect(errorOf(() => synthPlatform(build, { readOnlyAccess }))).toContain(message);
  });

  test('docs/cli.md shows exactly these rules', () => {
    const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'cli.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Read-only access'));
    const block = /```yaml\n([\s\S]*?)```/.exec(section);
    expect(block).not.toBeNull();
    const [role] = YAML.parseAllDocuments(block![1]).map((document) => document.toJS());
    expect(role.kind).toBe('ClusterRole');
    expect(role.rules).toEqual(READ_ONLY_RULES);
  });
});
