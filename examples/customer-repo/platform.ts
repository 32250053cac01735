// A customer's platform definition: imports calvin-runtime by package name, like any dependency.
// One function builds it, so `cdk8s synth` (main.ts) and `pulumi up` (deploy/) deploy the same apps.
import { App } from 'cdk8s';
import { CustomerApp, PlatformStack, PlatformStackProps } from 'calvin-runtime';

/** Acme's platform; `overrides` are the props CalvinPlatform owns (domain, TLS issuer, worker image and metrics). */
export function acmePlatform(app: App, overrides: Partial<PlatformStackProps> = {}): PlatformStack {
  const platform = new PlatformStack(app, 'acme', {
    domain: 'apps.acme.example',
    imagePullSecrets: ['acme-registry'],
    // Let's Encrypt (staging first) through cert-manager, DNS-01 on DigitalOcean: https://shop.apps.acme.example
    tls: { issuer: { email: 'platform@acme.example' } },
    ...overrides,
  });

  const shop = new CustomerApp(platform, 'shop', {
    image: 'registry.digitalocean.com/acme/shop:2.3.1',
    envs: { LOG_LEVEL: 'info' },
    secretEnvs: { DATABASE_URL: { secret: 'shop-db', key: 'url' } },
    maxScale: 5,
  });

  new CustomerApp(platform, 'pricing', {
    image: 'registry.digitalocean.com/acme/pricing:1.0.0',
    visibility: 'clusterLocal',
    envs: { SHOP_URL: shop.internalUrl },
  });
  return platform;
}
