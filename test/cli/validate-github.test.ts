/**
 * `calvin validate --output github`: one workflow command per problem, in the exact form GitHub
 * reads (`::error file=…,line=…,col=…,title=…::message`), escaped as GitHub documents it
 * (docs.github.com, "Workflow commands for GitHub Actions"; actions/toolkit's command.ts): in the
 * message `%` → %25, CR → %0D, LF → %0A; in property values also `:` → %3A and `,` → %2C.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Testing } from 'cdk8s';
import { examplePlatform } from '../../examples/platform';
import { calvin } from './capture';

/** How the runner reads a command back (ActionCommand.cs): the inverse of the escaping above. */
function parseCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::([a-z-]+) ([^:]*)::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));
  const properties = Object.fromEntries(match[2].split(',').map((pair) => {
    const eq = pair.indexOf('=');
    return [pair.slice(0, eq), unescapeProperty(pair.slice(eq + 1))];
  }));
  return { command: match[1], properties, message: unescapeData(match[3]) };
}

/** 1-based line of the first line of `text` that starts with `prefix`, and the column where its key starts. */
function lineOf(text: string, prefix: string): { line: number; col: number } {
  const index = text.split('\n').findIndex((l) => l.startsWith(prefix));
  if (index < 0) throw new Error(`no line starts with ${JSON.stringify(prefix)}`);
  return { line: index + 1, col: prefix.length - prefix.trimStart().length + 1 };
}

describe('calvin validate --output github', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-validate-github-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a synthesized output edited by hand: the annotation names the file and the line of the bad field in that object', async () => {
    const app = Testing.app({ outdir: path.join(dir, 'dist') });
    examplePlatform(app);
    app.synth();
    const file = path.join(dir, 'dist', 'calvin.k8s.yaml');
    const text = fs.readFileSync(file, 'utf8');
    // The example app's canary, made a string: the InferenceService's schema wants an integer.
    const edited = text.replace(/\n( +)canaryTrafficPercent: 10\n/, '\n$1canaryTrafficPercent: "10"\n');
    expect(edited).not.toBe(text);
    fs.writeFileSync(file, edited);
    const { line, col } = lineOf(edited, `${/\n( +)canaryTrafficPercent/.exec(edited)![1]}canaryTrafficPercent`);

    const run = await calvin(['validate', 'dist', '--output', 'github'], { cwd: dir });
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`::error file=dist/calvin.k8s.yaml,line=${line},col=${col},title=InferenceService/my-app::spec.predictor.canaryTrafficPercent: must be integer`);
    expect(lines.slice(1)).toEqual([expect.stringMatching(/^invalid: 1 problem in 1 object \(\d+ objects in 2 files\)$/), '']);
    // The line is inside the InferenceService's document: its kind is the last one above it.
    const above = edited.split('\n').slice(0, line).reverse().find((l) => l.startsWith('kind: '));
    expect(above).toBe('kind: InferenceService');
  });

  test('%, CR and LF are escaped in the message; in the file and title also : and ,', async () => {
    fs.mkdirSync(path.join(dir, 'k8s'));
    const name = 'a,b:c%.yaml';
    fs.writeFileSync(path.join(dir, 'k8s', name), [
      'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: fine', 'data:', '  a: "1"', '---',
      '# the second object', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: "odd,name:1%"', 'data:',
      '  ok: "yes"', '  "50%": 7', '"un\\r\\nknown": true', '',
    ].join('\n'));

    const run = await calvin(['validate', 'k8s', '-o', 'github'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe([
      '::error file=k8s/a%2Cb%3Ac%25.yaml,line=15,col=3,title=ConfigMap/odd%2Cname%3A1%25::data["50%25"]: must be string',
      '::error file=k8s/a%2Cb%3Ac%25.yaml,line=16,col=1,title=ConfigMap/odd%2Cname%3A1%25::["un\\r\\nknown"]: unknown field "un%0D%0Aknown"',
      'invalid: 2 problems in 1 object (2 objects in 1 file)',
      '',
    ].join('\n'));
    // Read back as the runner reads it: the original file name, object and message.
    const [first, second] = run.stdout.split('\n').slice(0, 2).map(parseCommand);
    expect(first).toEqual({ command: 'error', properties: { file: `k8s/${name}`, line: '15', col: '3', title: 'ConfigMap/odd,name:1%' }, message: 'data["50%"]: must be string' });
    expect(second.message).toBe('["un\\r\\nknown"]: unknown field "un\r\nknown"');
  });
});
