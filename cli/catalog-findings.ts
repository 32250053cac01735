import { CATALOG_SHARD_FILE_PATTERN, mergeCatalogShards } from 'calvin-runtime/contracts';
import { describeObject, ManifestDocument, ManifestFinding, toFieldPath } from './manifests';

/**
 * `calvin validate` on trigger catalog ConfigMaps: the schema of a ConfigMap says nothing about the
 * JSON in its data, which the worker refuses at start (exit 78) or keeps its last good catalog
 * over. The worker mounts every catalog ConfigMap of its namespace as one directory and reads the
 * files as one catalog, so each namespace's catalog files are checked together, with the worker's
 * own checks (mergeCatalogShards: schema, cron, time zone, URL, headers, duplicate ids).
 */

/** One catalog file as a ConfigMap carries it, and where. */
interface CatalogFile {
  readonly key: string;
  readonly text: string;
  readonly finding: Omit<ManifestFinding, 'message'>;
}

type Manifest = { kind?: unknown; apiVersion?: unknown; metadata?: { namespace?: unknown }; data?: unknown; items?: unknown };

/** Every problem of every catalog shard set in `documents` (findings placed on the ConfigMap's data key). */
export function catalogFindings(documents: ReadonlyMap<string, readonly ManifestDocument[]>): ManifestFinding[] {
  const sets = new Map<string, CatalogFile[]>();
  const findings: ManifestFinding[] = [];
  for (const [file, docs] of documents) {
    for (const document of docs) {
      const top = document.object as Manifest | undefined;
      const items = top && typeof top.kind === 'string' && top.kind.endsWith('List') && Array.isArray(top.items)
        ? (top.items as Manifest[]).map((object, i) => ({ object, prefix: `/items/${i}` }))
        : [{ object: top, prefix: '' }];
      for (const { object, prefix } of items) {
        if (!object || object.kind !== 'ConfigMap' || object.apiVersion !== 'v1' || !object.data || typeof object.data !== 'object') continue;
        const namespace = typeof object.metadata?.namespace === 'string' ? object.metadata.namespace : 'default';
        for (const [key, text] of Object.entries(object.data as Record<string, unknown>)) {
          if (!CATALOG_SHARD_FILE_PATTERN.test(key) || typeof text !== 'string') continue;
          const pointer = `${prefix}/data/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
          const place = { file, index: document.index, ...document.positionOf(pointer), object: describeObject(object), pointer, path: toFieldPath(pointer) };
          const set = sets.get(namespace) ?? [];
          const twin = set.find((other) => other.key === key);
          if (twin) findings.push({ ...place, message: `trigger catalog: "${key}" is also in ${twin.finding.object}; the worker's catalog directory holds one file of each name` });
          else set.push({ key, text, finding: place });
          sets.set(namespace, set);
        }
      }
    }
  }
  for (const set of sets.values()) findings.push(...setFindings(set));
  return findings;
}

/** The worker's checks on one namespace's catalog files, each problem placed on its file's ConfigMap key. */
function setFindings(set: readonly CatalogFile[]): ManifestFinding[] {
  const { problems } = mergeCatalogShards(set.map(({ key, text }) => ({ file: key, text })));
  return problems.map((problem) => {
    const owner = set.find(({ key }) => problem.startsWith(`${key}: `)) ?? set[0];
    const rest = problem.startsWith(`${owner.key}: `) ? problem.slice(owner.key.length + 2) : problem;
    return { ...owner.finding, message: `trigger catalog ${owner.key}: ${rest}` };
  });
}
