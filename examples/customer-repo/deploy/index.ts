// `pulumi up` (Pulumi.yaml `main: deploy/`): Acme's own platform on DigitalOcean, through the
// CalvinPlatform component. Settings and secrets come from the stack config (`calvin-runtime:*`),
// e.g. `pulumi config set calvin-runtime:domain apps.acme.example`.
import { CalvinPlatform } from 'calvin-runtime/pulumi';
import { acmePlatform } from '../platform';

const calvin = new CalvinPlatform('calvin', {
  platform: acmePlatform,
  settings: { region: 'ams3' },
});

export const appUrls = calvin.appUrls;
export const kubeconfig = calvin.kubeconfig;
export const loadBalancerIp = calvin.loadBalancerIp;
