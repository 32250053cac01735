import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import * as ts from 'typescript';

/** One property of a props interface, as its declaration and JSDoc say. */
export interface DocumentedProp {
  /** `Interface.property`. */
  readonly key: string;
  readonly optional: boolean;
  /** The text of its `@default` tag, if it has one. */
  readonly documented?: string;
}

/**
 * Every property of every exported `*Props` interface in `dir`, and of the interfaces of that folder
 * their property types refer to (transitively; not through function types, whose parameters are
 * values the caller receives, not options it sets). Inherited members from other packages are not
 * listed: their defaults are documented there.
 */
export function documentedProps(...dirs: string[]): DocumentedProp[] {
  const interfaces = new Map<string, { node: ts.InterfaceDeclaration; exported: boolean }>();
  // Recursive: the constructs live in sub-folders (workload/, platform/, …).
  const files = dirs.flatMap((dir) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)));
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    source.forEachChild((node) => {
      if (!ts.isInterfaceDeclaration(node)) return;
      const exported = (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (interfaces.has(node.name.text)) throw new Error(`interface ${node.name.text} is declared twice in ${dirs.join(', ')}`);
      interfaces.set(node.name.text, { node, exported });
    });
  }
  const queue = [...interfaces].filter(([name, i]) => i.exported && name.endsWith('Props')).map(([name]) => name);
  const visited = new Set<string>();
  const props: DocumentedProp[] = [];
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (visited.has(name)) continue;
    visited.add(name);
    for (const member of interfaces.get(name)!.node.members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      const tag = ts.getJSDocTags(member).find((t) => t.tagName.text === 'default');
      props.push({
        key: `${name}.${member.name.getText()}`,
        optional: member.questionToken !== undefined,
        documented: tag === undefined ? undefined : (ts.getTextOfJSDocComment(tag.comment) ?? '').trim(),
      });
      for (const ref of referencedNames(member.type)) if (interfaces.has(ref)) queue.push(ref);
    }
  }
  return props;
}

function referencedNames(type: ts.Node): string[] {
  if (ts.isFunctionTypeNode(type) || ts.isConstructorTypeNode(type)) return [];
  const own = ts.isTypeReferenceNode(type) ? [type.typeName.getText()] : [];
  const nested: string[] = [];
  type.forEachChild((child) => { nested.push(...referencedNames(child)); });
  return [...own, ...nested];
}
