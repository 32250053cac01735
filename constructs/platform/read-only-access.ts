import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { checkKnownKeys, each, propKeys } from '../core/prop-keys';
import { dnsLabel, dnsSubdomain, oneOf, PropProblems } from '../core/validation';

/** Who is bound to the read-only role. */
export interface ReadOnlySubject {
  /** `User` and `Group` as the cluster's authentication names them; `ServiceAccount` needs `namespace`. */
  readonly kind: 'User' | 'Group' | 'ServiceAccount';
  readonly name: string;
  /**
   * The ServiceAccount's namespace (only for `ServiceAccount`).
   * @default none
   */
  readonly namespace?: string;
}

export interface ReadOnlyAccessProps {
  /**
   * Name of the ClusterRole (and of its ClusterRoleBinding, when there are subjects).
   * @default 'calvin-status-reader'
   */
  readonly name?: string;

  /**
   * Users, groups or ServiceAccounts bound to the role (e.g. the CI job's ServiceAccount); none
   * creates the role only, to bind yourself.
   * @default []
   */
  readonly subjects?: ReadOnlySubject[];
}

/** The keys of ReadOnlyAccessProps: an unknown key is refused at synth (constructs/core/prop-keys.ts). */
export const READ_ONLY_ACCESS_KEYS = propKeys<ReadOnlyAccessProps>('ReadOnlyAccessProps', {
  name: true, subjects: each(propKeys<ReadOnlySubject>('ReadOnlySubject', { kind: true, name: true, namespace: true })),
});

/**
 * What `calvin status` and `calvin logs` read, and nothing else: get, list and watch on the kinds
 * the platform synthesizes and the ones KServe and Knative create from them, and pods/log. No
 * Secrets, no verb that changes anything. docs/cli.md#read-only-access shows the same rules
 * (test/platform/read-only-access.test.ts keeps them equal).
 */
export const READ_ONLY_RULES: ReadonlyArray<{ readonly apiGroups: readonly string[]; readonly resources: readonly string[]; readonly verbs: readonly string[] }> = [
  { apiGroups: [''], resources: ['pods', 'pods/log', 'services', 'configmaps', 'serviceaccounts', 'namespaces', 'resourcequotas'], verbs: ['get', 'list', 'watch'] },
  { apiGroups: ['apps'], resources: ['deployments'], verbs: ['get', 'list', 'watch'] },
  { apiGroups: ['policy'], resources: ['poddisruptionbudgets'], verbs: ['get', 'list', 'watch'] },
  { apiGroups: ['networking.k8s.io'], resources: ['networkpolicies'], verbs: ['get', 'list', 'watch'] },
  { apiGroups: ['serving.kserve.io'], resources: ['inferenceservices'], verbs: ['get', 'list', 'watch'] },
  { apiGroups: ['serving.knative.dev'], resources: ['services', 'revisions', 'domainmappings'], verbs: ['get', 'list', 'watch'] },
  { apiGroups: ['cert-manager.io'], resources: ['certificates', 'clusterissuers', 'issuers'], verbs: ['get', 'list', 'watch'] },
];

/**
 * A ClusterRole that lets a CI job run `calvin status` and `calvin logs` without admin rights,
 * and optionally its binding. Created by PlatformStack's `readOnlyAccess` option.
 */
export class ReadOnlyAccess extends Construct {
  /** The ClusterRole's name, to bind it elsewhere. */
  public readonly roleName: string;

  public constructor(scope: Construct, id: string, props: ReadOnlyAccessProps = {}) {
    super(scope, id);
    const problems = new PropProblems(this);
    checkKnownKeys(problems, '', props, READ_ONLY_ACCESS_KEYS);
    problems.check('name', props.name, dnsSubdomain);
    (props.subjects ?? []).forEach((subject, index) => {
      problems.check(`subjects[${index}].kind`, subject.kind, oneOf(['User', 'Group', 'ServiceAccount']));
      if (typeof subject.name !== 'string' || subject.name === '') problems.add(`subjects[${index}].name`, subject.name, 'is required');
      if (subject.kind === 'ServiceAccount') {
        if (subject.namespace === undefined) problems.add(`subjects[${index}].namespace`, subject.namespace, 'is required for a ServiceAccount');
        problems.check(`subjects[${index}].namespace`, subject.namespace, dnsLabel());
      } else if (subject.namespace !== undefined) {
        problems.add(`subjects[${index}].namespace`, subject.namespace, `is only for a ServiceAccount (a ${subject.kind} is cluster-wide)`);
      }
    });
    problems.throwIfAny();

    this.roleName = props.name ?? 'calvin-status-reader';
    new k8s.KubeClusterRole(this, 'Role', {
      metadata: { name: this.roleName },
      rules: READ_ONLY_RULES.map((rule) => ({ apiGroups: [...rule.apiGroups], resources: [...rule.resources], verbs: [...rule.verbs] })),
    });
    if ((props.subjects ?? []).length > 0) {
      new k8s.KubeClusterRoleBinding(this, 'Binding', {
        metadata: { name: this.roleName },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: this.roleName },
        subjects: props.subjects!.map((subject) => ({
          kind: subject.kind, name: subject.name,
          ...(subject.kind === 'ServiceAccount' ? { namespace: subject.namespace } : { apiGroup: 'rbac.authorization.k8s.io' }),
        })),
      });
    }
  }
}
