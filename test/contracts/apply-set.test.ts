import { applySetId, groupKindOf } from '../../contracts/apply-set';

describe('applySetId (KEP-3659)', () => {
  // The ids kubectl's own tests expect (kubernetes/kubectl pkg/cmd/apply/apply_test.go).
  test('a Secret parent my-set in namespace test: the id kubectl writes in TestApplySetParentManagement', () => {
    expect(applySetId({ name: 'my-set', namespace: 'test', kind: 'Secret', group: '' }))
      .toBe('applyset-0eFHV8ySqp7XoShsGvyWFQD3s96yqwHmzc4e0HR1dsY-v1');
  });

  test('a cluster-scoped custom parent applysets.company.com/my-set: the id of TestApplySetParentManagement with a CR parent', () => {
    expect(applySetId({ name: 'my-set', namespace: '', kind: 'ApplySet', group: 'company.com' }))
      .toBe('applyset-rhp1a-HVAVT_dFgyEygyA1BEB82HPp2o10UiFTpqtAs-v1');
  });

  test('is a valid label value: at most 63 characters, url-safe, no padding', () => {
    const id = applySetId({ name: 'calvin-applyset', namespace: 'calvin-system', kind: 'Secret', group: '' });
    expect(id).toMatch(/^applyset-[A-Za-z0-9_-]{43}-v1$/);
    expect(id.length).toBeLessThanOrEqual(63);
  });

  test('groupKindOf writes <Kind> for the core group and <Kind>.<group> otherwise, as kubectl GroupKind.String()', () => {
    expect(groupKindOf('v1', 'Secret')).toBe('Secret');
    expect(groupKindOf('apps/v1', 'Deployment')).toBe('Deployment.apps');
    expect(groupKindOf('serving.kserve.io/v1beta1', 'InferenceService')).toBe('InferenceService.serving.kserve.io');
  });
});
