// The Pulumi program (Pulumi.yaml `main: infra/`): the platform of platform.ts, on DigitalOcean.
// Settings left out here are read from the stack config (`pulumi config set calvin-runtime:<key>`),
// then their defaults; the secrets (signing secret, DNS token, app secrets) from its secret config.
import { CalvinPlatform } from 'calvin-runtime/pulumi';
import { buildPlatform } from '../platform';

const calvin = new CalvinPlatform('calvin', {
  platform: buildPlatform,
  settings: { region: 'ams3' },
});

export const appUrls = calvin.appUrls;
export const loadBalancerIp = calvin.loadBalancerIp;
export const kubeconfig = calvin.kubeconfig;
export const registryEndpoint = calvin.registryEndpoint;
