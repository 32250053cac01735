import { once } from 'node:events';
import { Command } from 'commander';
import { queueName, WORKER_ENV } from 'calvin-runtime/contracts';
import { CliError, CliIo, colorsFor, CommandFactory, EXIT_OK, EXIT_USAGE, MissingEnvError } from '../io';
import { startQueuesDashboard } from '../queues-dashboard';

interface QueuesOptions {
  readonly port: string;
  readonly queue?: string[];
  readonly readOnly?: boolean;
  readonly basePath?: string;
}

export const queuesCommand: CommandFactory = (context) => new Command('queues')
  .summary('serve Bull Board for the scheduler queue on 127.0.0.1')
  .description('Serve Bull Board, the queue dashboard, for the trigger scheduler\'s BullMQ queue at REDIS_URL: job schedulers, '
    + 'waiting, delayed, active, completed and failed jobs, with retry and clean. It listens on 127.0.0.1 only and runs until '
    + 'Ctrl-C. Reads the worker\'s environment: REDIS_URL (required), REDIS_TLS_CA_FILE, QUEUE_NAME.')
  .option('-p, --port <port>', 'port on 127.0.0.1 (0 picks a free one)', '3000')
  .option('-q, --queue <name...>', `queue name(s); default: QUEUE_NAME, else ${WORKER_ENV.QUEUE_NAME.default}`)
  .option('--read-only', 'no retry, clean, remove, pause or add: for looking, not touching')
  .option('--base-path <path>', 'serve the board under this path, e.g. ops/queues (for a reverse proxy or SSH tunnel that maps one)', '/')
  .addHelpText('after', `
Examples:
  $ REDIS_URL=redis://127.0.0.1:6379 calvin queues
  $ REDIS_URL=rediss://default:…@db.example.com:25061 calvin queues --read-only --port 3001
  $ calvin queues --queue calvin-triggers other-queue

On DigitalOcean the managed Valkey accepts only its trusted sources (the cluster): run it where
REDIS_URL is reachable, or trust your address for the session:
  $ doctl databases firewalls append <database id> --rule ip_addr:<your public IP>`)
  .action(async (options: QueuesOptions) => {
    context.exitCode = await runQueues(options, context.io);
  });

async function runQueues(options: QueuesOptions, io: CliIo): Promise<number> {
  const port = Number(options.port);
  if (!/^\d+$/.test(options.port) || port > 65535) throw new CliError(`--port: "${options.port}" is not an integer from 0 to 65535`, EXIT_USAGE);
  const redisUrl = io.env.REDIS_URL?.trim();
  if (!redisUrl) {
    throw new MissingEnvError([{ name: 'REDIS_URL', why: 'the scheduler\'s Redis, as the worker gets it (redis://[user:password@]host:port[/db], rediss:// for TLS)' }]);
  }
  if (!/^rediss?:\/\//.test(redisUrl)) throw new CliError('REDIS_URL: is not a redis:// or rediss:// URL', EXIT_USAGE);
  const queueNames = options.queue ?? [io.env.QUEUE_NAME?.trim() || WORKER_ENV.QUEUE_NAME.default];
  const badName = queueNames.find((name) => queueName(name) !== undefined);
  if (badName !== undefined) throw new CliError(`--queue: "${badName}" ${queueName(badName)}`, EXIT_USAGE);

  const warn = colorsFor(io.stderr, io.env).yellow('warning:');
  const dashboard = await startQueuesDashboard({
    redisUrl, redisTlsCaFile: io.env.REDIS_TLS_CA_FILE?.trim() || undefined, queueNames, port, readOnly: options.readOnly === true, basePath: options.basePath,
    onRedisError: (message) => io.stderr.write(`${warn} ${message} (the board shows errors until it is back)\n`),
  });
  const colors = colorsFor(io.stdout, io.env);
  io.stdout.write(`Bull Board for ${queueNames.join(', ')} at ${colors.cyan(dashboard.url)} `
    + `(${options.readOnly ? 'read-only' : 'read-write'}; Ctrl-C to stop)\n`);
  try {
    if (io.signal && !io.signal.aborted) await once(io.signal, 'abort');
  } finally {
    await dashboard.close();
  }
  io.stdout.write('stopped\n');
  return EXIT_OK;
}
