import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_MODEL_BYTES, MODEL_FILE_EXTENSIONS } from 'calvin-runtime/contracts';
import { CliError, EXIT_USAGE } from '../io';

/**
 * The first bytes a model file may start with: a pickle (protocol 2 to 5 opens with the PROTO
 * opcode 0x80 and its number; protocols 0 and 1 with an opcode such as '(' or ']' are too old for
 * scikit-learn), or one of the compressed containers joblib writes (joblib/compressor.py's
 * prefixes: zlib, gzip, bz2, xz, lzma, lz4, and the legacy 'ZF').
 */
const MAGIC: ReadonlyArray<{ readonly name: string; readonly bytes: readonly number[]; readonly test?: (head: Buffer) => boolean }> = [
  { name: 'pickle', bytes: [0x80], test: (head) => head.length >= 2 && head[1] >= 2 && head[1] <= 5 },
  { name: 'joblib zlib', bytes: [0x78] },
  { name: 'joblib gzip', bytes: [0x1f, 0x8b] },
  { name: 'joblib bz2', bytes: [0x42, 0x5a] },
  { name: 'joblib xz', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a] },
  { name: 'joblib lzma', bytes: [0x5d, 0x00] },
  { name: 'joblib lz4', bytes: [0x04, 0x22, 0x4d, 0x18] },
  { name: 'joblib legacy zfile', bytes: [0x5a, 0x46] },
];

/** What the file was recognised as, or undefined. */
export function modelFileKind(head: Buffer): string | undefined {
  return MAGIC.find((m) => head.length >= m.bytes.length && m.bytes.every((b, i) => head[i] === b) && (m.test?.(head) ?? true))?.name;
}

export interface ModelFile {
  readonly file: string;
  readonly extension: string;
  readonly size: number;
  readonly kind: string;
}

/** Checks extension, size and header; every problem at once, as a usage error (exit 2). */
export function checkModelFile(file: string): ModelFile {
  const extension = path.extname(file).toLowerCase();
  const problems: string[] = [];
  if (!MODEL_FILE_EXTENSIONS.includes(extension)) {
    problems.push(`${file}: the extension "${extension}" is not ${MODEL_FILE_EXTENSIONS.join(', ')} (KServe's sklearn server loads only these)`);
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw new CliError(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, EXIT_USAGE);
  }
  if (!stat.isFile()) throw new CliError(`${file}: is not a file`, EXIT_USAGE);
  if (stat.size > MAX_MODEL_BYTES) problems.push(`${file}: is ${stat.size.toLocaleString('en-US')} bytes; at most ${MAX_MODEL_BYTES.toLocaleString('en-US')} (500 MB)`);
  if (stat.size === 0) problems.push(`${file}: is empty`);
  const head = Buffer.alloc(8);
  const fd = fs.openSync(file, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  const kind = modelFileKind(head.subarray(0, read));
  if (stat.size > 0 && !kind) {
    problems.push(`${file}: does not start like a pickle (protocol 2–5) or a joblib file (first bytes ${head.subarray(0, Math.min(read, 4)).toString('hex')}); save the model with joblib.dump or pickle.dump`);
  }
  if (problems.length > 0) throw new CliError(problems.join('\n'), EXIT_USAGE);
  return { file, extension, size: stat.size, kind: kind! };
}
