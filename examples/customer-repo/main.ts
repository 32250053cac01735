// `cdk8s synth`: Acme's platform (platform.ts) to dist/.
import { App } from 'cdk8s';
import { acmePlatform } from './platform';

const app = new App();
acmePlatform(app);
app.synth();
