import { App, Duration, Testing } from 'cdk8s';
import { Construct } from 'constructs';
import { CalvinValidationError, CustomerApp, PlatformStack, Trigger, TriggerProps } from '../../constructs';
import { errorOf, synthErrorOf, TEST_TLS } from '../helpers';

const IMAGE = 'registry.digitalocean.com/my-org/my-app:v1.0.0';

function platformWithApp() {
  const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
  const app = new CustomerApp(platform, 'my-app', { image: IMAGE });
  const internal = new CustomerApp(platform, 'jobs', { image: IMAGE, visibility: 'clusterLocal' });
  return { platform, app, internal };
}

/** The error of a Trigger `calvin/t` built from a valid base (target my-app) with `props` merged over it. */
function triggerError(props: Record<string, unknown>): string {
  const { platform, app } = platformWithApp();
  return synthErrorOf(() => new Trigger(platform, 't', { workspace: 'ws', schedule: '*/5 * * * *', target: app, ...props } as TriggerProps));
}

describe('Trigger rejects bad props, naming construct path, field, value and expectation', () => {
  test.each<[string, Record<string, unknown>, string]>([
    ['missing workspace', { workspace: undefined }, 'calvin/t: workspace is required'],
    ['bad workspace', { workspace: 'My_Space' }, 'calvin/t: workspace "My_Space" is not a DNS-1123 label'],
    ['bad name', { name: 'Nightly Job' }, 'calvin/t: name "Nightly Job" is not a DNS-1123 label'],
    ['name too long', { name: 'n'.repeat(64) }, `calvin/t: name "${'n'.repeat(64)}" is not a DNS-1123 label`],
    ['missing schedule', { schedule: undefined }, 'calvin/t: schedule is required (e.g. "*/5 * * * *")'],
    ['bad cron value', { schedule: '61 * * * *' }, 'calvin/t: schedule "61 * * * *" is not a cron expression of 5 fields'],
    ['7 cron fields', { schedule: '0 0 0 * * * 2026' }, 'calvin/t: schedule "0 0 0 * * * 2026" is not a cron expression of 5 fields (minute hour day-of-month month day-of-week) or 6 (with seconds first), or one of @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly; it has 7 fields'],
    ['hashed cron', { schedule: 'H * * * *' }, '\'H\' (hashed) values are not supported'],
    ['unknown macro', { schedule: '@reboot' }, 'calvin/t: schedule "@reboot" is not a cron expression'],
    ['bad timezone', { timezone: 'Europe/Atlantis' }, 'calvin/t: timezone "Europe/Atlantis" is not an IANA time zone name'],
    ['offset instead of zone', { timezone: '' }, 'calvin/t: timezone "" is not an IANA time zone name'],
    ['bad url scheme', { target: undefined, url: 'ftp://example.org/x' }, 'calvin/t: url "ftp://example.org/x" is not an absolute http:// or https:// URL'],
    ['relative url', { target: undefined, url: '/ping' }, 'calvin/t: url "/ping" is not an absolute http:// or https:// URL'],
    ['url with credentials', { target: undefined, url: 'https://user:pw@example.org' }, 'calvin/t: url "https://user:pw@example.org" is not an absolute http:// or https:// URL without credentials or fragment'],
    ['both target and url', { url: 'https://example.org' }, 'calvin/t: url "https://example.org" is set together with target (calvin/my-app); set exactly one'],
    ['neither target nor url', { target: undefined }, 'calvin/t: target is required when url is not set'],
    ['path with url', { target: undefined, url: 'https://example.org', path: '/x' }, 'calvin/t: path "/x" is only used with target (put the path into url)'],
    ['targetVia with url', { target: undefined, url: 'https://example.org', targetVia: 'public' }, 'calvin/t: targetVia "public" is only used with target'],
    ['path without leading slash', { path: 'endpoint' }, 'calvin/t: path "endpoint" is not a URL path starting with \'/\''],
    ['path with a space', { path: '/a b' }, 'calvin/t: path "/a b" is not a URL path starting with \'/\''],
    ['path with a fragment', { path: '/a#b' }, 'calvin/t: path "/a#b" is not a URL path'],
    ['unknown targetVia', { targetVia: 'ingress' }, 'calvin/t: targetVia "ingress" is not "internal" or "public"'],
    ['target is not a trigger target', { target: { url: 'https://example.org' } }, 'calvin/t: target {"url":"https://example.org"} is not a trigger target (a CustomerApp, a ModelService or another ITriggerTarget; use url for other destinations)'],
    ['unknown method', { method: 'FETCH' }, 'calvin/t: method "FETCH" is not "GET", "HEAD", "POST", "PUT", "PATCH" or "DELETE"'],
    ['lowercase method', { method: 'post' }, 'calvin/t: method "post" is not "GET"'],
    ['body with GET', { method: 'GET', body: { a: 1 } }, 'calvin/t: body {"a":1} is set, but a GET request has no body (use POST, PUT, PATCH or DELETE, or drop the body)'],
    ['body with HEAD', { method: 'HEAD', body: 'x' }, 'calvin/t: body "x" is set, but a HEAD request has no body'],
    ['body of the wrong type', { body: 42 }, 'calvin/t: body 42 is not a string, an object or an array'],
    ['body that cannot be JSON', { body: { big: BigInt(1) } }, 'calvin/t: body "(object)" is not serializable as JSON'],
    ['body too long', { body: 'x'.repeat(262_145) }, `calvin/t: body "${'x'.repeat(77)}..." is 262145 characters long; at most 262144`],
    ['header name with a space', { headers: { 'X Team': 'a' } }, 'calvin/t: headers.X Team "X Team" is not an HTTP header name'],
    ['header name with a colon', { headers: { 'X-Team:': 'a' } }, 'calvin/t: headers.X-Team: "X-Team:" is not an HTTP header name'],
    ['reserved webhook header', { headers: { 'Webhook-Signature': 'v1,x' } }, 'calvin/t: headers.Webhook-Signature "Webhook-Signature" is reserved (the worker sets calvin-*, webhook-* and idempotency-key itself'],
    ['reserved calvin header', { headers: { 'calvin-attempt': '1' } }, 'calvin/t: headers.calvin-attempt "calvin-attempt" is reserved'],
    ['reserved HTTP header', { headers: { Host: 'evil.example' } }, 'calvin/t: headers.Host "Host" is reserved'],
    ['reserved idempotency key', { secretHeaders: { 'Idempotency-Key': { secret: 's', key: 'k' } } }, 'calvin/t: secretHeaders.Idempotency-Key "Idempotency-Key" is reserved'],
    ['header value with a line break', { headers: { 'X-A': 'a\r\nX-Injected: 1' } }, 'calvin/t: headers.X-A "a\\r\\nX-Injected: 1" contains a line break or NUL'],
    ['non-string header value', { headers: { 'X-Count': 3 } }, 'calvin/t: headers.X-Count 3 is not a string'],
    ['header value too long', { headers: { 'X-Long': 'v'.repeat(8193) } }, 'calvin/t: headers.X-Long "'],
    ['same header twice in different case', { headers: { 'X-Team': 'a', 'x-team': 'b' } }, 'calvin/t: headers.x-team "x-team" repeats headers "X-Team" (header names are case-insensitive)'],
    ['header in headers and secretHeaders', { headers: { Authorization: 'Bearer visible' }, secretHeaders: { authorization: { secret: 's', key: 'k' } } }, 'calvin/t: secretHeaders.authorization "authorization" repeats headers "Authorization" (header names are case-insensitive)'],
    ['secret header with a bad Secret name', { secretHeaders: { Authorization: { secret: 'My_Secret', key: 'k' } } }, 'calvin/t: secretHeaders.Authorization.secret "My_Secret" is not a DNS-1123 subdomain'],
    ['secret header with a bad key', { secretHeaders: { Authorization: { secret: 's', key: 'a/b' } } }, 'calvin/t: secretHeaders.Authorization.key "a/b" is not a valid Secret key'],
    ['secret header without key', { secretHeaders: { Authorization: { secret: 's' } } }, 'calvin/t: secretHeaders.Authorization.key is required (the key within the Secret)'],
    ['secret header without secret', { secretHeaders: { Authorization: { key: 'k' } } }, 'calvin/t: secretHeaders.Authorization.secret is required (a Secret in the platform\'s system namespace)'],
    ['secret header given as a value', { secretHeaders: { Authorization: 'Bearer x' } }, 'calvin/t: secretHeaders.Authorization "Bearer x" is not a Secret reference'],
    ['timeout of 0', { timeout: Duration.seconds(0) }, 'calvin/t: timeout "0 ms" is not from 1 ms to 15 minutes'],
    ['timeout above 15 minutes', { timeout: Duration.minutes(16) }, 'calvin/t: timeout "16 minutes" is not from 1 ms to 15 minutes'],
    ['timeout as a number', { timeout: 30 }, 'calvin/t: timeout 30 is not a Duration (e.g. Duration.seconds(30)); expected from 1 ms to 15 minutes'],
    ['fractional milliseconds', { timeout: Duration.millis(1.5) }, 'calvin/t: timeout "1.5 millis" is not a whole number of milliseconds'],
    ['no attempt at all', { retry: { attempts: 0 } }, 'calvin/t: retry.attempts 0 is not an integer from 1 to 20'],
    ['too many attempts', { retry: { attempts: 21 } }, 'calvin/t: retry.attempts 21 is not an integer from 1 to 20'],
    ['baseDelay above an hour', { retry: { baseDelay: Duration.hours(2) } }, 'calvin/t: retry.baseDelay "2 hours" is not from 0 ms to 1 hour'],
    ['maxDelay below baseDelay', { retry: { baseDelay: Duration.seconds(10), maxDelay: Duration.seconds(5) } }, 'calvin/t: retry.maxDelay "5 seconds" is less than retry.baseDelay (10 seconds)'],
    ['maxDelay below the default baseDelay', { retry: { maxDelay: Duration.millis(500) } }, 'calvin/t: retry.maxDelay "500 ms" is less than retry.baseDelay (1 second)'],
    ['non-boolean jitter', { retry: { jitter: 'yes' } }, 'calvin/t: retry.jitter "yes" is not a boolean'],
    ['retry as a number', { retry: 3 }, 'calvin/t: retry 3 is not an object'],
    ['startingDeadline below a second', { startingDeadline: Duration.millis(500) }, 'calvin/t: startingDeadline "500 ms" is not from 1 second to 1 day'],
    ['startingDeadline above a day', { startingDeadline: Duration.hours(25) }, 'calvin/t: startingDeadline "25 hours" is not from 1 second to 1 day'],
    ['unknown concurrency', { concurrency: 'replace' }, 'calvin/t: concurrency "replace" is not "allow" or "forbid"'],
    ['non-boolean enabled', { enabled: 'false' }, 'calvin/t: enabled "false" is not a boolean'],
    ['transform that is not a function', { transform: { headers: {} } }, 'calvin/t: transform {"headers":{}} is not a function'],
  ])('%s', (_what, props, expected) => {
    expect(triggerError(props)).toContain(expected);
  });

  test('a value-less message is exact: one problem, one line', () => {
    expect(triggerError({ concurrency: 'replace' })).toBe('calvin/t: concurrency "replace" is not "allow" or "forbid"');
  });

  test('targetVia public on a clusterLocal app is refused: it has no public URL', () => {
    const { platform, internal } = platformWithApp();
    expect(synthErrorOf(() => new Trigger(platform, 't', { workspace: 'ws', schedule: '@daily', target: internal, targetVia: 'public' })))
      .toBe('calvin/t: targetVia "public" is not possible: calvin/jobs is clusterLocal and has no public URL (use "internal")');
  });

  test('all problems of one trigger are reported together, in prop order', () => {
    let error: unknown;
    try {
      const { platform } = platformWithApp();
      new Trigger(platform, 'Bad_Id', {
        workspace: 'WS', schedule: '* * *', timezone: 'Mars/Base', url: 'mailto:x@example.org', method: 'GET', body: 'x',
        headers: { Host: 'x' }, timeout: Duration.hours(1), retry: { attempts: 0 },
      });
      Testing.synth(platform);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalvinValidationError);
    const problems = (error as CalvinValidationError).problems;
    expect(problems.map((p) => p.split(' ')[1])).toEqual(['workspace', 'name', 'schedule', 'timezone', 'url', 'headers.Host', 'body', 'timeout', 'retry.attempts']);
    expect(problems.every((p) => p.startsWith('calvin/Bad_Id: '))).toBe(true);
    // The message is the problem lines themselves, nothing around them.
    expect((error as Error).message).toBe(problems.join('\n'));
    expect((error as Error).message).toMatch(/^calvin\/Bad_Id: workspace "WS" is not a DNS-1123 label/);
  });

  test('a refused trigger is not registered: it neither reaches the catalog nor takes its id', () => {
    const { platform, app } = platformWithApp();
    new Trigger(platform, 'sync', { workspace: 'ws', schedule: 'nope', target: app });
    expect(platform.triggers).toEqual([]);
    expect(() => new Trigger(platform, 'sync2', { workspace: 'ws', name: 'sync', schedule: '@daily', target: app })).not.toThrow();
    expect(() => Testing.synth(platform)).toThrow('calvin/sync: schedule "nope" is not a cron expression');
  });

  test('the problems of every trigger in the program are reported together at synth, before anything renders', () => {
    const { platform, app } = platformWithApp();
    new Trigger(platform, 'a', { workspace: 'ws', schedule: '*/70 * * * * *', target: app });
    new Trigger(platform, 'b', { workspace: 'ws', schedule: '@daily', timezone: 'Europe/Berln', target: app });
    new Trigger(platform, 'c', { workspace: 'ws', schedule: '@daily', target: app });
    const error = errorOf(() => (platform.node.root as App).synth());
    expect(error.split('\n').map((line) => line.split(':')[0])).toEqual(['calvin/a', 'calvin/b']);
    expect(error).toContain('calvin/b: timezone "Europe/Berln" is not an IANA time zone name (e.g. "UTC", "Europe/Madrid", "America/New_York"); did you mean "Europe/Berlin"?');
  });

  test('a construct that stops at once reports the triggers\' problems recorded before it too', () => {
    const { platform, app } = platformWithApp();
    new Trigger(platform, 'a', { workspace: 'ws', schedule: 'nope', target: app });
    const error = errorOf(() => new CustomerApp(platform, 'Bad_App', { image: IMAGE }));
    expect(error.split('\n').map((line) => line.split(':')[0])).toEqual(['calvin/a', 'calvin/Bad_App']);
  });

  test('a props value that is not an object stops at once', () => {
    const { platform } = platformWithApp();
    expect(() => new Trigger(platform, 't', undefined as any)).toThrow('calvin/t: props is not an object');
  });
});

describe('duplicate construct ids', () => {
  test('are reported in the project\'s format, naming the construct that has the id', () => {
    const { platform, app } = platformWithApp();
    expect(errorOf(() => new Trigger(platform, 'my-app', { workspace: 'ws', schedule: '@daily', target: app })))
      .toBe('calvin/my-app: id "my-app" of this Trigger is already taken by the CustomerApp calvin/my-app (construct ids are unique among the children of calvin); choose another id (set name to keep the trigger\'s name)');
    expect(errorOf(() => new CustomerApp(platform, 'jobs', { image: IMAGE })))
      .toBe('calvin/jobs: id "jobs" of this CustomerApp is already taken by the CustomerApp calvin/jobs (construct ids are unique among the children of calvin); choose another id (set name to keep the app\'s name)');
    expect(errorOf(() => new PlatformStack(platform.node.root as any, 'calvin', { domain: 'example.com' })))
      .toContain('calvin: id "calvin" of this PlatformStack is already taken by the PlatformStack calvin (construct ids are unique among the children of the app)');
  });
});

describe('Trigger rejects conflicts across the platform', () => {
  test('duplicate workspace/name names both constructs', () => {
    const { platform, app } = platformWithApp();
    new Trigger(platform, 'first', { workspace: 'ws', name: 'sync', schedule: '@daily', target: app });
    expect(synthErrorOf(() => new Trigger(platform, 'second', { workspace: 'ws', name: 'sync', schedule: '@hourly', url: 'https://example.org' })))
      .toBe('calvin/second: name "sync" is already used in workspace "ws" by calvin/first (trigger names are unique per workspace)');
  });

  test('duplicate detection sees construct ids used as names', () => {
    const { platform, app } = platformWithApp();
    new Trigger(platform, 'sync', { workspace: 'ws', schedule: '@daily', target: app });
    const nested = new Construct(platform, 'group');
    expect(synthErrorOf(() => new Trigger(nested, 'sync', { workspace: 'ws', schedule: '@daily', target: app })))
      .toBe('calvin/group/sync: name "sync" is already used in workspace "ws" by calvin/sync (trigger names are unique per workspace)');
  });

  test('an app of another PlatformStack is refused, naming both stacks', () => {
    const cdkApp = Testing.app();
    const eu = new PlatformStack(cdkApp, 'eu', { domain: 'eu.example.com', tls: TEST_TLS });
    const us = new PlatformStack(cdkApp, 'us', { domain: 'us.example.com', tls: TEST_TLS });
    const usApp = new CustomerApp(us, 'shop', { image: IMAGE });
    expect(synthErrorOf(() => new Trigger(eu, 't', { workspace: 'ws', schedule: '@daily', target: usApp })))
      .toBe('eu/t: target "us/shop" is an app of another PlatformStack (us); a trigger of eu can only target apps of its own platform (use url otherwise)');
  });

  test('a trigger outside a PlatformStack is refused with its path', () => {
    const loose = new Construct(Testing.app(), 'loose');
    expect(synthErrorOf(() => new Trigger(loose, 't', { workspace: 'ws', schedule: '@daily', url: 'https://example.org' })))
      .toBe('loose/t: must be created inside a PlatformStack (pass the stack, or a construct within it, as scope)');
  });
});
