/**
 * Runs a Pulumi program file under this folder's mocks in a process of its own and writes what it
 * declared and exported as JSON. test/customer-repo.test.ts starts it with the customer's tsx, from
 * the customer's directory, so the program loads the installed calvin-runtime package, not this
 * repo's sources (which jest's module mapping would substitute in-process).
 *
 *   node --import tsx run-program.ts <program.ts> <result.json> '<{"config":{…},"secretKeys":[…]}>'
 */
import * as fs from 'node:fs';
import * as pulumi from '@pulumi/pulumi';
import { installMocks, redacted, valueOf } from './mocks';

/** What the customer-repo test reads back. */
export interface ProgramRun {
  /** The program's exports that are Outputs, settled; secrets replaced by "[secret]". */
  readonly outputs: Record<string, unknown>;
  /** Every declared resource: type, name, its parent's name. */
  readonly resources: ReadonlyArray<{ type: string; name: string; parent: string }>;
  /** `Kind/namespace/name` of each object a ConfigGroup applies, by ConfigGroup name. */
  readonly configGroups: Record<string, string[]>;
  /** Every container image the ConfigGroups apply (the worker's and the apps'). */
  readonly images: string[];
  /** The build context and Dockerfile of each image the program builds. */
  readonly builds: ReadonlyArray<{ context: string; dockerfile: string }>;
}

async function main(program: string, resultFile: string, options: { config: Record<string, string>; secretKeys: string[] }): Promise<void> {
  const recorder = await installMocks(options);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exports = require(program) as Record<string, unknown>;
  const outputs: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(exports)) {
    if (!pulumi.Output.isInstance(value)) continue;
    outputs[name] = (await pulumi.isSecret(value)) ? '[secret]' : redacted(await valueOf(value));
  }
  // Waits for every registration still in flight (what the language host does before exiting).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  await (require('@pulumi/pulumi/runtime/settings') as typeof import('@pulumi/pulumi/runtime/settings')).disconnect();
  const nameOf = new Map(recorder.resources.map((r) => [r.urn, r.name]));
  const groups = recorder.ofType('kubernetes:yaml/v2:ConfigGroup');
  const images = groups.flatMap((group) => [...JSON.stringify(redacted(group.inputs.objs ?? [])).matchAll(/"image":"([^"]+)"/g)].map((m) => m[1]));
  const result: ProgramRun = {
    outputs,
    resources: recorder.resources.map((r) => ({ type: r.type, name: r.name, parent: nameOf.get(r.parent) ?? r.parent })),
    configGroups: Object.fromEntries(groups.map((group) => [
      group.name,
      (redacted(group.inputs.objs ?? []) as Array<{ kind: string; metadata: { name: string; namespace?: string } }>)
        .map((o) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`),
    ])),
    images,
    builds: recorder.ofType('docker-build:index:Image').map((image) => ({ context: image.inputs.context?.location, dockerfile: image.inputs.dockerfile?.location })),
  };
  fs.writeFileSync(resultFile, JSON.stringify(result, null, 2));
}

const [program, resultFile, options] = process.argv.slice(2);
main(program, resultFile, JSON.parse(options)).catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exitCode = 1;
});
