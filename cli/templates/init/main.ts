// cdk8s entry (cdk8s.yaml): `npm run synth` writes the platform to dist/, for `kubectl apply -f dist/`.
import { App } from 'cdk8s';
import { buildPlatform } from './platform';

const app = new App();
buildPlatform(app, {
  // The scheduler worker that fires the triggers. `pulumi up` builds and pushes it and fills this
  // in itself; for kubectl, build calvin-runtime's worker/Dockerfile, push it to your registry and
  // put its reference here (README.md, "The worker image").
  worker: { image: process.env.CALVIN_WORKER_IMAGE ?? 'registry.digitalocean.com/my-registry/scheduler-worker:0.1.0' },
});
app.synth();
