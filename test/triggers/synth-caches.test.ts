import { Testing } from 'cdk8s';
import { PlatformStack, scheduleProblem, timezoneProblem, Trigger } from '../../constructs';

/** The memos that make large catalogs fast must never turn a refusal into an acceptance. */
describe('validation memos', () => {
  test('a schedule or zone is refused on every call, also after valid ones were cached', () => {
    for (let round = 0; round < 3; round++) {
      expect(scheduleProblem('*/5 * * * *')).toBeUndefined();
      expect(scheduleProblem('61 * * * *')).toMatch(/^is not a cron expression/);
      expect(timezoneProblem('Europe/Madrid')).toBeUndefined();
      expect(timezoneProblem('Europe/Atlantis')).toMatch(/^is not an IANA time zone name/);
    }
  });

  test('the worker re-checks its catalog when a trigger changes after a check', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com' });
    let schedule = '*/5 * * * *';
    new Trigger(platform, 't', {
      workspace: 'w', schedule: '* * * * *', url: 'https://example.com/',
      transform: (entry) => ({ ...entry, schedule }),
    });
    expect(platform.worker.catalogProblems()).toEqual([]);
    schedule = 'every day';
    expect(platform.worker.catalogProblems()).toEqual([
      expect.stringMatching(/^trigger catalog entry "w\/t" .*schedule.*is not a cron expression/),
    ]);
    schedule = '0 3 * * *';
    expect(platform.worker.catalogProblems()).toEqual([]);
  });
});
