import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';

const ROOT = resolve(__dirname, '..');
const README_MAX_LINES = 250;

/** The Markdown files a reader navigates: the README, the reference pages and the folder READMEs. */
function markdownFiles(): string[] {
  const docs = readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => join(ROOT, 'docs', f));
  return [join(ROOT, 'README.md'), ...docs, join(ROOT, 'stacks', 'README.md'), join(ROOT, 'worker', 'README.md')];
}

/** Lines outside fenced code blocks, with inline code removed (a `](` inside code is no link). */
function proseLines(text: string): { line: number; text: string }[] {
  const lines: { line: number; text: string }[] = [];
  let fence: string | undefined;
  text.split('\n').forEach((raw, i) => {
    const marker = /^\s*(```|~~~)/.exec(raw)?.[1];
    if (marker && (fence === undefined || fence === marker)) {
      fence = fence === undefined ? marker : undefined;
      return;
    }
    if (fence === undefined) lines.push({ line: i + 1, text: raw.replace(/`[^`]*`/g, (code) => (/^`+$/.test(code) ? code : 'code')) });
  });
  return lines;
}

/** GitHub's heading anchors (github-slugger): lowercase, punctuation dropped, spaces to '-', repeats numbered. */
function headingSlugs(markdown: string): Set<string> {
  const slugs = new Set<string>();
  const seen = new Map<string, number>();
  let fence: string | undefined;
  for (const raw of markdown.split('\n')) {
    const marker = /^\s*(```|~~~)/.exec(raw)?.[1];
    if (marker && (fence === undefined || fence === marker)) {
      fence = fence === undefined ? marker : undefined;
      continue;
    }
    const heading = fence === undefined ? /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(raw)?.[1] : undefined;
    if (heading === undefined) continue;
    const base = heading.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    slugs.add(count === 0 ? base : `${base}-${count}`);
  }
  return slugs;
}

/** Every inline link and image target that is not an absolute URL, with where it is. */
function relativeLinks(markdown: string): { line: number; target: string }[] {
  const links: { line: number; target: string }[] = [];
  for (const { line, text } of proseLines(markdown)) {
    for (const match of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      const target = match[1];
      if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) links.push({ line, target });
    }
  }
  return links;
}

/** Problems of one file's links: a missing file, or an anchor that no heading of the target has. */
function linkProblems(file: string, markdown: string): string[] {
  const problems: string[] = [];
  for (const { line, target } of relativeLinks(markdown)) {
    const [pathPart, anchor] = target.split('#', 2) as [string, string | undefined];
    const targetFile = pathPart === '' ? file : resolve(dirname(file), decodeURIComponent(pathPart));
    const where = `${relative(ROOT, file)}:${line} (${target})`;
    if (pathPart !== '' && !existsSync(targetFile)) {
      problems.push(`${where}: ${relative(ROOT, targetFile)} does not exist`);
      continue;
    }
    if (anchor === undefined) continue;
    if (targetFile !== file && (!targetFile.endsWith('.md') || statSync(targetFile).isDirectory())) {
      problems.push(`${where}: an anchor needs a Markdown file`);
      continue;
    }
    const slugs = headingSlugs(targetFile === file ? markdown : readFileSync(targetFile, 'utf8'));
    if (!slugs.has(anchor)) problems.push(`${where}: no heading of ${relative(ROOT, targetFile)} has the anchor #${anchor}`);
  }
  return problems;
}

describe('documentation', () => {
  test('every relative link and #anchor resolves', () => {
    const files = markdownFiles();
    expect(files.length).toBeGreaterThanOrEqual(8);
    const links = files.flatMap((file) => relativeLinks(readFileSync(file, 'utf8')));
    expect(links.length).toBeGreaterThan(50);
    const problems = files.flatMap((file) => linkProblems(file, readFileSync(file, 'utf8')));
    expect(problems).toEqual([]);
  });

  test(`the README stays within ${README_MAX_LINES} lines`, () => {
    const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\n$/, '').split('\n').length;
    expect(lines).toBeLessThanOrEqual(README_MAX_LINES);
  });

  test('the checker computes GitHub slugs and reports broken links', () => {
    const page = [
      '# Title', '## `CustomerApp` props', '### Health, metrics and logs', "### The Deployment's environment",
      '## Props', '## Props', '```', '## not a heading', '[in code](#nowhere)', '```',
      'See [props](#props), [again](#props-1), [`app`](#customerapp-props) and `[code](#skipped)`.',
      'Broken: [a](#health-metrics-logs), [b](missing.md), [c](../README.md#no-such-heading), [d](https://example.com/#x).',
    ].join('\n');
    expect([...headingSlugs(page)]).toEqual(['title', 'customerapp-props', 'health-metrics-and-logs', 'the-deployments-environment', 'props', 'props-1']);
    const problems = linkProblems(join(ROOT, 'docs', 'page.md'), page);
    expect(problems).toEqual([
      'docs/page.md:12 (#health-metrics-logs): no heading of docs/page.md has the anchor #health-metrics-logs',
      'docs/page.md:12 (missing.md): docs/missing.md does not exist',
      'docs/page.md:12 (../README.md#no-such-heading): no heading of README.md has the anchor #no-such-heading',
    ]);
  });
});
