import { Command, Option } from 'commander';
import { ManifestValidator } from 'calvin-runtime/validator';
import { CliError, CliIo, colorsFor, CommandFactory, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, plural } from '../io';
import { catalogFindings } from '../catalog-findings';
import { displayPath, findManifestFiles, ManifestFinding, validateManifestFiles, ValidationReport } from '../manifests';

const FORMATS = ['text', 'json', 'github'] as const;
type Format = typeof FORMATS[number];

interface ValidateOptions {
  readonly output: Format;
  readonly allowUnknownKinds?: boolean;
  readonly kinds?: boolean;
}

export const validateCommand: CommandFactory = (context) => new Command('validate')
  .summary('validate Kubernetes manifests against the bundled schemas')
  .description('Validate Kubernetes manifests (ours or hand-written) against the schemas bundled with calvin-runtime: '
    + 'the Kubernetes OpenAPI kinds and the Knative, KServe and KEDA CRDs. Schemas are closed: a misspelled field is an '
    + 'error, not silently dropped. Directories are searched for .yaml, .yml and .json files; multi-document files and '
    + 'List objects are checked object by object. Trigger catalog ConfigMaps (data keys triggers.json, triggers-<hex>.json) '
    + 'are also checked with the worker\'s own checks, each namespace\'s files together as the worker reads them.')
  .argument('[paths...]', 'files or directories', [])
  .addOption(new Option('-o, --output <format>', 'report format: text, json, or github (workflow annotations)').choices(FORMATS).default('text'))
  .option('--allow-unknown-kinds', 'report kinds without a bundled schema as skipped instead of failing')
  .option('--kinds', 'list the apiVersion/kind pairs with a bundled schema, and exit')
  .addHelpText('after', `
Examples:
  $ calvin validate dist/                          # everything synth wrote
  $ calvin validate k8s/ extra.yaml -o json        # a machine-readable report
  $ calvin validate k8s/ -o github                 # annotations on the pull request's lines
  $ calvin validate cluster-dump.yaml --allow-unknown-kinds
  $ calvin validate --kinds | grep serving.knative.dev

Exit codes: 0 all valid, 1 problems found, 2 bad usage (e.g. a path that does not exist).`)
  .action((paths: string[], options: ValidateOptions) => {
    context.exitCode = runValidate(paths, options, context.io);
  });

function runValidate(paths: string[], options: ValidateOptions, io: CliIo): number {
  if (options.kinds) {
    io.stdout.write(`${ManifestValidator.bundled().kinds.join('\n')}\n`);
    return EXIT_OK;
  }
  // Not "." by default: a repo root holds package.json and tsconfig.json, which are not manifests.
  if (paths.length === 0) throw new CliError('name the manifest files or directories to validate (e.g. calvin validate dist/)', EXIT_USAGE);
  const files = findManifestFiles(paths, io.cwd);
  const report = withCatalogFindings(validateManifestFiles(files, { allowUnknownKinds: options.allowUnknownKinds }), files);
  const shown = (file: string): string => displayPath(file, io.cwd);
  if (options.output === 'json') {
    io.stdout.write(`${JSON.stringify({
      valid: report.findings.length === 0,
      files: report.files,
      objects: report.objects,
      skippedUnknownKinds: report.unknownKinds,
      problems: report.findings.map((finding) => ({ ...finding, file: shown(finding.file) })),
    }, null, 2)}\n`);
  } else if (options.output === 'github') {
    for (const finding of report.findings) {
      io.stdout.write(`::error file=${escapeProperty(shown(finding.file))},line=${finding.line},col=${finding.column},title=${escapeProperty(finding.object)}::${escapeData(`${finding.path}: ${finding.message}`)}\n`);
    }
    io.stdout.write(`${summaryLine(report)}\n`);
  } else {
    writeTextReport(report, io, shown);
  }
  return report.findings.length === 0 ? EXIT_OK : EXIT_PROBLEMS;
}

/** The report with the trigger catalog ConfigMaps' own problems added, in file order like the rest. */
function withCatalogFindings(report: ValidationReport, files: readonly string[]): ValidationReport {
  const catalog = catalogFindings(report.documents);
  if (catalog.length === 0) return report;
  const findings = [...report.findings, ...catalog]
    .sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || a.index - b.index || a.line - b.line || a.column - b.column);
  return { ...report, findings };
}

/** Writes the text report shared with `calvin synth`: one line per problem, then a summary. */
export function writeTextReport(report: ValidationReport, io: CliIo, shown: (file: string) => string): void {
  const colors = colorsFor(io.stdout, io.env);
  let lastObject = '';
  for (const finding of report.findings) {
    const key = `${finding.file}#${finding.index}#${finding.object}`;
    if (key !== lastObject) {
      io.stdout.write(`${colors.bold(`${shown(finding.file)}`)} ${colors.dim(`document ${finding.index + 1}`)} ${colors.cyan(finding.object)}\n`);
      lastObject = key;
    }
    const where = finding.path ? `${colors.yellow(finding.path)}  ` : '';
    io.stdout.write(`  ${colors.dim(`${finding.line}:${finding.column}`)}  ${where}${finding.message}\n`);
  }
  for (const skipped of report.unknownKinds) io.stdout.write(`${colors.dim(`skipped (no bundled schema): ${skipped}`)}\n`);
  const summary = summaryLine(report);
  io.stdout.write(`${report.findings.length === 0 ? colors.green(summary) : colors.red(summary)}\n`);
}

function summaryLine(report: ValidationReport): string {
  const scope = `${plural(report.objects, 'object')} in ${plural(report.files, 'file')}`;
  if (report.findings.length === 0) return `valid: ${scope}`;
  const objects = new Set(report.findings.map((finding: ManifestFinding) => `${finding.file}#${finding.index}#${finding.object}`)).size;
  return `invalid: ${plural(report.findings.length, 'problem')} in ${plural(objects, 'object')} (${scope})`;
}

// GitHub workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
