import { Testing } from 'cdk8s';
import { FluxDelivery, FluxDeliveryProps } from '../../constructs';
import { errorOf, synthChart } from '../helpers';
import { DefaultsTable } from './tables';

const GIT_URL = 'https://github.com/my-org/platform';
const OCI_URL = 'oci://ghcr.io/my-org/platform';
const flux = (props: Partial<FluxDeliveryProps> = {}) => synthChart(new FluxDelivery(Testing.app(), 'calvin', { source: { git: { url: GIT_URL } }, ...props }));
const sameFlux = (explicit: Partial<FluxDeliveryProps>) => expect(flux()).toEqual(flux(explicit));
const oci = (source: Record<string, unknown> = {}) => flux({ source: { oci: { url: OCI_URL, ...source } } })[0];

/** FluxDelivery and its sources. */
export const DELIVERY_DEFAULTS: DefaultsTable = {
  'FluxDeliveryProps.path': { documented: "'./dist'", check: () => sameFlux({ path: './dist' }) },
  'FluxDeliveryProps.namespace': { documented: "'flux-system'", check: () => sameFlux({ namespace: 'flux-system' }) },
  'FluxDeliveryProps.interval': { documented: "'5m'", check: () => sameFlux({ interval: '5m' }) },
  'FluxDeliveryProps.timeout': { documented: "'5m'", check: () => sameFlux({ timeout: '5m' }) },
  'FluxDeliveryProps.transform': { documented: 'none', check: () => sameFlux({ transform: () => undefined }) },
  'FluxDeliverySource.git': { documented: 'none: `oci` must be set', check: () => {
    expect(oci().kind).toBe('OCIRepository');
    expect(errorOf(() => flux({ source: {} }))).toMatch(/needs exactly one of git/);
  } },
  'FluxDeliverySource.oci': { documented: 'none: `git` must be set', check: () => expect(flux()[0].kind).toBe('GitRepository') },
  'FluxGitSource.branch': { documented: "'main'", check: () => sameFlux({ source: { git: { url: GIT_URL, branch: 'main' } } }) },
  'FluxGitSource.secretName': { documented: 'none: a public repository', check: () => expect(flux()[0].spec).not.toHaveProperty('secretRef') },
  'FluxOciSource.tag': { documented: "'latest'", check: () => expect(oci()).toEqual(oci({ tag: 'latest' })) },
  'FluxOciSource.secretName': { documented: 'none: a public artifact', check: () => expect(oci().spec).not.toHaveProperty('secretRef') },
};
