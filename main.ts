// cdk8s app entry (see cdk8s.yaml): `npm run synth` writes the example platform to dist/.
import { App } from 'cdk8s';
import { examplePlatform } from './examples/platform';

const app = new App();
examplePlatform(app);
app.synth();
