import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { deliveryLayerOf, isFluxObject } from 'calvin-runtime/contracts';

/** Where Flux's own objects (FluxDelivery's source and Kustomizations) go: applied once, by hand, to bootstrap. */
export const FLUX_DIRECTORY = 'flux';

/**
 * Moves the objects of each synthesized file into `<dir>/<layer>/<file>` (contracts/delivery-layers.ts:
 * `namespaces/`, `tls/`, `platform/`), the directories FluxDelivery's Kustomizations apply in order;
 * Flux's own objects go to `<dir>/flux/`. Returns the files written, with their objects, in order.
 */
export function splitIntoLayers(dir: string, files: ReadonlyArray<{ file: string; objects: unknown[] }>): Array<{ file: string; objects: unknown[] }> {
  const written = new Map<string, unknown[]>();
  for (const { file, objects } of files) {
    const relative = path.relative(dir, file);
    for (const object of objects) {
      const typed = object as { apiVersion: string; kind: string };
      const layer = isFluxObject(typed) ? FLUX_DIRECTORY : deliveryLayerOf(typed).name;
      const target = path.join(dir, layer, relative);
      written.set(target, [...(written.get(target) ?? []), object]);
    }
    fs.rmSync(file);
  }
  for (const [file, objects] of written) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, objects.map((object) => YAML.stringify(object)).join('---\n'));
  }
  return Array.from(written, ([file, objects]) => ({ file, objects })).sort((a, b) => a.file.localeCompare(b.file));
}
