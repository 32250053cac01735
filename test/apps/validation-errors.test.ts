import { Duration, Testing } from 'cdk8s';
import { Construct } from 'constructs';
import { CalvinValidationError, CustomerApp, CustomerAppProps, PlatformStack, PlatformStackProps } from '../../constructs';
import { errorOf, TEST_TLS } from '../helpers';

const IMAGE = 'registry.digitalocean.com/my-org/my-app:v1.0.0';

function appError(props: Partial<CustomerAppProps>, id = 'my-app'): string {
  return errorOf(() => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
    new CustomerApp(platform, id, { image: IMAGE, ...props } as CustomerAppProps);
  });
}

function platformError(props: Partial<PlatformStackProps>): string {
  return errorOf(() => new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS, ...props } as PlatformStackProps));
}

describe('CustomerApp rejects bad props with path, field, value and what is expected', () => {
  test('an id that is not a valid name (the name defaults to the id)', () => {
    expect(appError({}, 'my_app')).toBe('calvin/my_app: name "my_app" is not a DNS-1035 label (lowercase letters, digits and \'-\', starting with a letter and ending with a letter or digit, at most 47 characters)');
  });

  test.each<[string, Partial<CustomerAppProps>, string]>([
    ['name starting with a digit', { name: '1app' }, 'calvin/my-app: name "1app" is not a DNS-1035 label'],
    ['name in upper case', { name: 'MyApp' }, 'calvin/my-app: name "MyApp" is not a DNS-1035 label'],
    ['name too long for derived names', { name: 'a'.repeat(48) }, `calvin/my-app: name "${'a'.repeat(48)}" is not a DNS-1035 label`],
    ['image with upper-case repository', { image: 'registry.example.com/MyApp:v1' }, 'calvin/my-app: image "registry.example.com/MyApp:v1" is not an OCI image reference'],
    ['image with a space', { image: 'my app:latest' }, 'calvin/my-app: image "my app:latest" is not an OCI image reference'],
    ['image with bad digest', { image: 'nginx@sha256:xyz' }, 'calvin/my-app: image "nginx@sha256:xyz" is not an OCI image reference'],
    ['empty image', { image: '' }, 'calvin/my-app: image "" is not an OCI image reference'],
    ['missing image', { image: undefined }, 'calvin/my-app: image is required'],
    ['port 0', { port: 0 }, 'calvin/my-app: port 0 is not an integer from 1 to 65535'],
    ['port 70000', { port: 70000 }, 'calvin/my-app: port 70000 is not an integer from 1 to 65535'],
    ['fractional port', { port: 80.5 }, 'calvin/my-app: port 80.5 is not an integer from 1 to 65535'],
    ['port reserved by queue-proxy', { port: 8012 }, 'calvin/my-app: port 8012 is reserved by Knative\'s queue-proxy'],
    ['minScale > maxScale', { minScale: 5, maxScale: 2 }, 'calvin/my-app: minScale 5 is greater than maxScale (2)'],
    ['negative minScale', { minScale: -1 }, 'calvin/my-app: minScale -1 is not an integer from 0 to 1000'],
    ['maxScale 0', { maxScale: 0 }, 'calvin/my-app: maxScale 0 is not an integer from 1 to 1000'],
    ['negative containerConcurrency', { containerConcurrency: -3 }, 'calvin/my-app: containerConcurrency -3 is not an integer from 0 to 1000'],
    ['concurrencyTarget 0', { concurrencyTarget: 0 }, 'calvin/my-app: concurrencyTarget 0 is not an integer from 1 to 1000'],
    ['target above the hard cap', { concurrencyTarget: 50, containerConcurrency: 10 }, 'calvin/my-app: concurrencyTarget 50 is above containerConcurrency (10)'],
    ['bad cpu quantity', { resources: { limits: { cpu: 'two' } } }, 'calvin/my-app: resources.limits.cpu "two" is not a Kubernetes quantity'],
    ['request above limit', { resources: { requests: { memory: '1Gi' } } }, 'calvin/my-app: resources.requests.memory "1Gi" is more than the limit (512Mi)'],
    ['bad hostname', { hostname: 'My_App.example.com' }, 'calvin/my-app: hostname "My_App.example.com" is not a fully qualified host name'],
    ['single-label hostname', { hostname: 'localhost' }, 'calvin/my-app: hostname "localhost" is not a fully qualified host name'],
    ['hostname on a clusterLocal app', { hostname: 'a.example.com', visibility: 'clusterLocal' }, 'calvin/my-app: hostname "a.example.com" is set on a clusterLocal app'],
    ['env name with a space', { envs: { 'LOG LEVEL': 'x' } }, 'calvin/my-app: envs.LOG LEVEL "LOG LEVEL" is not a valid environment variable name'],
    ['env name starting with a digit', { envs: { '1ST': 'x' } }, 'calvin/my-app: envs.1ST "1ST" is not a valid environment variable name'],
    ['env reserved by Knative', { envs: { PORT: '9000' } }, 'calvin/my-app: envs.PORT "PORT" is set by Knative and cannot be overridden'],
    ['non-string env value', { envs: { RETRIES: 3 as unknown as string } }, 'calvin/my-app: envs.RETRIES 3 is not a string (quote numbers and booleans)'],
    ['same name in envs and secretEnvs', { envs: { DB: 'x' }, secretEnvs: { DB: { secret: 's', key: 'k' } } }, 'calvin/my-app: secretEnvs.DB "DB" is defined twice'],
    ['secret ref missing its key', { secretEnvs: { DB: { secret: 'db' } as any } }, 'calvin/my-app: secretEnvs.DB.key is required (the key within the Secret)'],
    ['secret ref with a bad Secret name', { secretEnvs: { DB: { secret: 'DB_Secret', key: 'url' } } }, 'calvin/my-app: secretEnvs.DB.secret "DB_Secret" is not a DNS-1123 subdomain'],
    ['secret ref with a bad key', { secretEnvs: { DB: { secret: 'db', key: 'a/b' } } }, 'calvin/my-app: secretEnvs.DB.key "a/b" is not a valid Secret key'],
    ['secret ref that is a string', { secretEnvs: { DB: 'db-url' as any } }, 'calvin/my-app: secretEnvs.DB "db-url" is not a Secret reference'],
    ['fractional timeout', { timeout: Duration.millis(1500) }, 'calvin/my-app: timeout "1 second 500 millis" is not a whole number of seconds from 1 to 600'],
    ['timeout above Knative\'s ceiling', { timeout: Duration.minutes(11) }, 'calvin/my-app: timeout "11 minutes" is not a whole number of seconds from 1 to 600'],
    ['unknown engine', { engine: 'lambda' as any }, 'calvin/my-app: engine "lambda" is not "kserve" or "knative"'],
    ['unknown visibility', { visibility: 'private' as any }, 'calvin/my-app: visibility "private" is not "public" or "clusterLocal"'],
    ['bad serviceAccountName', { serviceAccountName: 'Admin' }, 'calvin/my-app: serviceAccountName "Admin" is not a DNS-1123 subdomain'],
    ['secret ref with a non-boolean optional', { secretEnvs: { DB: { secret: 'db', key: 'url', optional: 'yes' as any } } }, 'calvin/my-app: secretEnvs.DB.optional "yes" is not a boolean'],
    ['bad label key', { labels: { 'team name': 'a' } }, 'calvin/my-app: labels.team name "team name" is not a valid label/annotation key'],
    ['bad label value', { labels: { team: 'pay ments' } }, 'calvin/my-app: labels.team "pay ments" is not a valid label value'],
    ['bad annotation key', { annotations: { 'a/b/c': 'x' } }, 'calvin/my-app: annotations.a/b/c "a/b/c" is not a valid label/annotation key'],
    ['annotation owned by the platform', { annotations: { 'serving.kserve.io/deploymentMode': 'Standard' } }, 'calvin/my-app: annotations.serving.kserve.io/deploymentMode "serving.kserve.io/deploymentMode" is set by the platform (use PlatformStack kserveDeploymentMode)'],
    ['autoscaling annotation', { annotations: { 'autoscaling.knative.dev/max-scale': '3' } }, 'calvin/my-app: annotations.autoscaling.knative.dev/max-scale "autoscaling.knative.dev/max-scale" is derived from minScale, maxScale and concurrencyTarget'],
    ['bad imagePullSecrets entry', { imagePullSecrets: ['ok', 'Not OK'] }, 'calvin/my-app: imagePullSecrets[1] "Not OK" is not a DNS-1123 subdomain'],
  ])('%s', (_what, props, expected) => {
    expect(appError(props)).toContain(expected);
  });

  test('all problems of one app are reported together', () => {
    let error: unknown;
    try {
      const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
      new CustomerApp(platform, 'Bad_Name', {
        image: 'Not An Image', port: -1, minScale: 3, maxScale: 1, envs: { PORT: '1' }, secretEnvs: { DB: { secret: 'db' } as any },
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalvinValidationError);
    const problems = (error as CalvinValidationError).problems;
    expect(problems.map((p) => p.split(' ')[1])).toEqual(['name', 'image', 'port', 'minScale', 'envs.PORT', 'secretEnvs.DB.key']);
    expect((error as Error).message).toMatch(/^calvin\/Bad_Name: name "Bad_Name"/);
    expect((error as Error).message.split('\n')).toHaveLength(6);
  });

  test('addEnv after construction is validated too', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
    const app = new CustomerApp(platform, 'a', { image: IMAGE, envs: { A: '1' } });
    expect(errorOf(() => app.addEnv('A', '2'))).toBe('calvin/a: envs.A "A" is defined twice (in envs and secretEnvs, or added again)');
    expect(errorOf(() => app.addSecretEnv('A', { secret: 's', key: 'k' }))).toContain('calvin/a: secretEnvs.A "A" is defined twice');
    const env = Testing.synth(platform).find((d: any) => d.kind === 'InferenceService').spec.predictor.containers[0].env;
    expect(env).toEqual([{ name: 'A', value: '1' }]);
  });
});

describe('PlatformStack rejects bad props and conflicting apps', () => {
  test.each<[string, Partial<PlatformStackProps>, string]>([
    ['missing domain', { domain: undefined }, 'calvin: domain is required'],
    ['domain with a scheme', { domain: 'https://example.com' }, 'calvin: domain "https://example.com" is not a fully qualified host name'],
    ['single-label domain', { domain: 'calvin' }, 'calvin: domain "calvin" is not a fully qualified host name'],
    ['bad appsNamespace', { appsNamespace: 'Apps' }, 'calvin: appsNamespace "Apps" is not a DNS-1123 label'],
    ['namespace too long', { systemNamespace: 'n'.repeat(64) }, `calvin: systemNamespace "${'n'.repeat(64)}" is not a DNS-1123 label`],
    ['same namespace twice', { appsNamespace: 'calvin', systemNamespace: 'calvin' }, 'calvin: systemNamespace "calvin" must differ from appsNamespace'],
    ['unknown engine', { defaultEngine: 'fargate' as any }, 'calvin: defaultEngine "fargate" is not "kserve" or "knative"'],
    ['a KServe mode that cannot scale to zero', { kserveDeploymentMode: 'RawDeployment' as any }, 'calvin: kserveDeploymentMode "RawDeployment" is not "Knative" or "Serverless"'],
    ['bad label value', { labels: { env: 'prod/eu' } }, 'calvin: labels.env "prod/eu" is not a valid label value'],
    ['unknown pod security level', { appsPodSecurity: 'strict' as any }, 'calvin: appsPodSecurity "strict" is not "privileged", "baseline" or "restricted"'],
  ])('%s', (_what, props, expected) => {
    expect(platformError(props)).toContain(expected);
  });

  test('duplicate app names name both constructs', () => {
    const message = errorOf(() => {
      const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
      new CustomerApp(platform, 'first', { image: IMAGE, name: 'shop' });
      new CustomerApp(platform, 'second', { image: IMAGE, name: 'shop', hostname: 'other.example.com' });
    });
    expect(message).toBe('calvin/second: name "shop" is already used in namespace calvin-apps by calvin/first (app names are unique per namespace)');
  });

  test('duplicate hostnames name both constructs', () => {
    const message = errorOf(() => {
      const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
      new CustomerApp(platform, 'shop', { image: IMAGE });
      new CustomerApp(platform, 'store', { image: IMAGE, hostname: 'shop.example.com' });
    });
    expect(message).toBe('calvin/store: hostname "shop.example.com" is already served by calvin/shop (one app per hostname)');
  });

  test('a clusterLocal app does not claim a hostname', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
    new CustomerApp(platform, 'internal', { image: IMAGE, visibility: 'clusterLocal' });
    expect(() => new CustomerApp(platform, 'public', { image: IMAGE, hostname: 'internal.example.com' })).not.toThrow();
  });

  test('an app outside a PlatformStack is refused with its path', () => {
    const app = Testing.app();
    const loose = new Construct(app, 'loose');
    expect(errorOf(() => new CustomerApp(loose, 'a', { image: IMAGE })))
      .toBe('loose/a: must be created inside a PlatformStack (pass the stack, or a construct within it, as scope)');
  });
});
