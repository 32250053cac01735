/**
 * A customer app stand-in for running the worker locally (README, "Running the worker"): it
 * verifies each trigger request's signature with `verifyTriggerRequest` and prints what arrived.
 * `/flaky` answers 503 to every other attempt so retries show up in the metrics.
 *
 *   SIGNING_SECRETS=whsec_… PORT=3000 npx tsx examples/local/target.ts
 */
import { createServer } from 'node:http';
import { verifyTriggerRequest, WebhookVerificationError } from '../../contracts/webhook-signature';

const secrets = (process.env.SIGNING_SECRETS ?? '').split(/[\s,]+/).filter(Boolean);
const port = Number(process.env.PORT ?? 3000);
let flakyCalls = 0;

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    let verdict = 'unsigned (no SIGNING_SECRETS given)';
    if (secrets.length > 0) {
      try {
        verifyTriggerRequest({ headers: req.headers, body, secret: secrets });
        verdict = 'signature ok';
      } catch (error) {
        if (!(error instanceof WebhookVerificationError)) throw error;
        res.writeHead(401).end(error.message);
        console.log(`${req.method} ${req.url} refused: ${error.message}`);
        return;
      }
    }
    const scheduledAt = String(req.headers['calvin-scheduled-at'] ?? '');
    const lateMs = scheduledAt ? Date.now() - Date.parse(scheduledAt) : NaN;
    const status = req.url === '/flaky' && flakyCalls++ % 2 === 0 ? 503 : 200;
    console.log(`${req.method} ${req.url} trigger=${req.headers['calvin-trigger-id']} scheduled=${scheduledAt} attempt=${req.headers['calvin-attempt']} late=${lateMs} ms ${verdict} → ${status}`);
    res.writeHead(status).end();
  });
}).listen(port, '127.0.0.1', () => console.log(`target listening on http://127.0.0.1:${port}`));
