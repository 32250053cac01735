import * as path from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { Command } from 'commander';
import {
  modelFileName, modelPathSegment, modelPrefix, modelStorageUri, s3ClientConfig, S3Settings, tenantNameProblem,
} from 'calvin-runtime/contracts';
import { CliError, CliIo, CommandFactory, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, MissingEnvError, OutputStream } from '../io';
import { checkModelFile } from '../models/model-file';
import { uploadFile } from '../models/upload';
import { s3Failure } from '../metrics/s3-source';

interface PushOptions {
  readonly tenant: string;
  readonly name: string;
  readonly version: string;
  readonly force?: boolean;
  readonly bucket?: string;
  readonly partSize: string;
}

const PUSH_HELP = `
Reads the object store from the environment: MODELS_BUCKET (or --bucket), S3_ENDPOINT, S3_REGION
(default us-east-1), S3_FORCE_PATH_STYLE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.

The file goes to <bucket>/<tenant>/<name>/<version>/model<.ext> (the extension is kept: KServe's
sklearn server loads .joblib with joblib and .pkl/.pickle with pickle). A version folder holds one
model file, as the server loads exactly one.

Examples:
  $ calvin models push iris.joblib --tenant acme --name iris --version 1
  $ MODELS_BUCKET=calvin-models S3_ENDPOINT=https://fra1.digitaloceanspaces.com calvin models push model.pkl -t acme -n churn -v 2026-03-01`;

export const modelsCommand: CommandFactory = (context) => new Command('models')
  .summary('upload trained models to the object store for ModelService')
  .description('Manage model files in the platform\'s models bucket.')
  .addCommand(new Command('push')
    .summary('upload a scikit-learn model file and print its storageUri')
    .description('Check a .joblib/.pkl/.pickle file (at most 500 MB, a pickle or joblib header), upload it (multipart from 5 MiB, with a progress bar on a terminal) and print the storageUri to put in a ModelService.')
    .argument('<file>', 'the model file')
    .requiredOption('-t, --tenant <tenant>', 'the tenant the model belongs to')
    .requiredOption('-n, --name <name>', 'the model\'s name')
    .requiredOption('-v, --version <version>', 'the model\'s version (a new folder for each)')
    .option('--force', 'overwrite the version\'s model file if it exists')
    .option('--bucket <bucket>', 'the models bucket (default: $MODELS_BUCKET)')
    .option('--part-size <MiB>', 'multipart part size in MiB, at least 5', '8')
    .addHelpText('after', PUSH_HELP)
    .action(async (file: string, options: PushOptions) => {
      await pushModel(file, options, context.io);
      context.exitCode = EXIT_OK;
    }));

function checkNames(options: PushOptions): number {
  const problems = [
    ['--tenant', options.tenant, tenantNameProblem(options.tenant)],
    ['--name', options.name, modelPathSegment(options.name)],
    ['--version', options.version, modelPathSegment(options.version)],
  ].filter(([, , problem]) => problem !== undefined).map(([flag, value, problem]) => `${flag} "${value}" ${problem}`);
  const partMiB = Number(options.partSize);
  if (!/^\d+$/.test(options.partSize) || partMiB < 5 || partMiB > 5120) problems.push(`--part-size "${options.partSize}" is not a whole number of MiB from 5 to 5120`);
  if (problems.length > 0) throw new CliError(problems.join('\n'), EXIT_USAGE);
  return partMiB * 1024 * 1024;
}

function settingsFromEnv(env: NodeJS.ProcessEnv, bucketOption: string | undefined): S3Settings {
  const bucket = bucketOption ?? env.MODELS_BUCKET;
  const missing = [];
  if (!bucket) missing.push({ name: 'MODELS_BUCKET', why: 'the models bucket (or pass --bucket)' });
  if (!!env.AWS_ACCESS_KEY_ID !== !!env.AWS_SECRET_ACCESS_KEY) missing.push({ name: env.AWS_ACCESS_KEY_ID ? 'AWS_SECRET_ACCESS_KEY' : 'AWS_ACCESS_KEY_ID', why: 'set both keys or neither' });
  if (missing.length > 0) throw new MissingEnvError(missing);
  const endpoint = env.S3_ENDPOINT || undefined;
  const pathStyle = env.S3_FORCE_PATH_STYLE?.toLowerCase();
  return {
    bucket: bucket!, endpoint, region: env.S3_REGION || 'us-east-1',
    forcePathStyle: pathStyle ? pathStyle === 'true' : endpoint !== undefined,
    accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
  };
}

async function pushModel(file: string, options: PushOptions, io: CliIo): Promise<void> {
  const partBytes = checkNames(options);
  const model = checkModelFile(path.resolve(io.cwd, file));
  const settings = settingsFromEnv(io.env, options.bucket);
  const prefix = modelPrefix(options.tenant, options.name, options.version);
  const key = `${prefix}${modelFileName(model.extension)}`;
  const client = new S3Client(s3ClientConfig(settings, { maxAttempts: 3, requestTimeoutMs: 120_000 }));
  const source = { ...settings, prefix: '' };
  try {
    const existing = await listPrefix(client, settings.bucket, prefix).catch((error) => { throw s3Failure('list', source, prefix, error); });
    checkPrefix(settings.bucket, prefix, key, existing, options.force === true);
    const bar = new UploadBar(io.stderr);
    const parts = await uploadFile({ client, bucket: settings.bucket, key }, model.file, model.size, { partBytes, signal: io.signal, onProgress: (sent, total) => bar.update(sent, total) })
      .catch((error) => { throw s3Failure('upload to', source, key, error); })
      .finally(() => bar.finish());
    const how = parts > 1 ? `, ${parts} parts` : '';
    io.stdout.write(`pushed ${file} (${model.size.toLocaleString('en-US')} bytes, ${model.kind}${how}) to s3://${settings.bucket}/${key}\n`);
    io.stdout.write(`storageUri: ${modelStorageUri(settings.bucket, prefix)}\n`);
  } finally {
    client.destroy();
  }
}

interface ListedObject {
  readonly key: string;
  readonly size: number;
  readonly lastModified?: Date;
}

/** The objects under `prefix` (a version folder holds a handful; bounded at 10 pages). */
async function listPrefix(client: S3Client, bucket: string, prefix: string): Promise<ListedObject[]> {
  const objects: ListedObject[] = [];
  let token: string | undefined;
  for (let page = 0; page < 10; page++) {
    const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
    for (const o of listed.Contents ?? []) objects.push({ key: o.Key!, size: o.Size ?? 0, lastModified: o.LastModified });
    if (!listed.IsTruncated) break;
    token = listed.NextContinuationToken;
  }
  return objects;
}

/** Refuses a second model file in the version folder, and overwriting without --force. */
function checkPrefix(bucket: string, prefix: string, key: string, existing: readonly ListedObject[], force: boolean): void {
  const others = existing.filter((o) => o.key !== key);
  if (others.length > 0) {
    throw new CliError(`s3://${bucket}/${prefix} already holds ${others.map((o) => o.key.slice(prefix.length)).join(', ')}; `
      + 'KServe\'s sklearn server loads exactly one model file per folder: push a new --version (or delete those files)', EXIT_PROBLEMS);
  }
  const same = existing.find((o) => o.key === key);
  if (same && !force) {
    throw new CliError(`s3://${bucket}/${key} already exists (${same.size.toLocaleString('en-US')} bytes${same.lastModified ? `, ${same.lastModified.toISOString()}` : ''}); `
      + 'push a new --version, or pass --force to overwrite it', EXIT_PROBLEMS);
  }
}

/** A one-line upload bar on a terminal's stderr; nothing when piped. */
class UploadBar {
  private lastDraw = Number.NEGATIVE_INFINITY;
  private drawn = false;
  public constructor(private readonly stream: OutputStream) {}

  public update(sent: number, total: number): void {
    if (this.stream.isTTY !== true) return;
    const now = Date.now();
    if (sent < total && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const width = 24;
    const filled = Math.round((total === 0 ? 1 : sent / total) * width);
    const mib = (n: number) => (n / 1024 / 1024).toFixed(1);
    this.stream.write(`\r\u001b[2Kuploading ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${mib(sent)}/${mib(total)} MiB`);
    this.drawn = true;
  }

  public finish(): void {
    if (this.drawn) this.stream.write('\r\u001b[2K');
    this.drawn = false;
  }
}

