/**
 * Every command the docs show works when pasted: each `npm run data -- …` line of a shell fence in
 * README.md and docs/*.md runs through the CLI in-process, from a scratch folder holding a copy of
 * data/, in the order the page gives them (a page's `check published/` follows its `publish`); every
 * `npm run <script>` the docs name is a script of package.json; every link between the pages, and every
 * code file they name, is there.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rootedFs, run, scratchRoot, snapshot } from './data-cli-testing';
import { dataCliArgs, fencedShellLines, npmScriptsNamed, shellWords } from './docs-commands';

const pages = ['README.md', ...readdirSync('docs').filter((name) => name.endsWith('.md')).sort().map((name) => `docs/${name}`)];
const read = (page: string) => readFileSync(page, 'utf8');

interface DocCommand {
  page: string;
  line: number;
  text: string;
  args: string[];
}

/** A page's lines that call the data CLI; a line that names it but cannot be run as one command fails here, not silently. */
function dataCommands(page: string): DocCommand[] {
  return fencedShellLines(read(page))
    .filter(({ text }) => /\bnpm run data\b/.test(text))
    .map(({ line, text }) => {
      const split = shellWords(text);
      const args = split.ok ? dataCliArgs(split.words) : null;
      if (!args) throw new Error(`${page}:${line}: "${text}" is not one plain \`npm run data -- …\` command${split.ok ? '' : `: ${split.reason}`}`);
      return { page, line, text, args };
    });
}

const commands = pages.flatMap(dataCommands);
const root = scratchRoot();

/** A scratch folder for one page, holding data/'s files as the repository has them. */
function pageFolder(page: string): string {
  const folder = join(root, page.replace(/[^\w.-]/g, '_'));
  mkdirSync(join(folder, 'data'), { recursive: true });
  for (const name of readdirSync('data')) if (statSync(join('data', name)).isFile()) copyFileSync(join('data', name), join(folder, 'data', name));
  return folder;
}

describe('the data CLI commands the docs show', () => {
  it('finds them: the README and docs/data.md each show check and publish', () => {
    expect(commands.length).toBeGreaterThanOrEqual(5);
    for (const page of ['README.md', 'docs/data.md']) {
      expect(commands.filter((c) => c.page === page).map((c) => c.args[0])).toEqual(expect.arrayContaining(['check', 'publish']));
    }
  });

  const dataBefore = snapshot('data');
  describe.each([...new Set(commands.map((c) => c.page))])('%s', (page) => {
    const fs = rootedFs(pageFolder(page));
    it.each(commands.filter((c) => c.page === page))('line $line: $text', async ({ args }) => {
      const { code, text } = await run(args, fs);
      expect(code, text).toBe(0);
    });
  });

  it('leaves the repository as it was: the commands ran on the copy', () => {
    expect(snapshot('data')).toEqual(dataBefore);
    expect(readdirSync('.')).not.toContain('published');
  });
});

describe('the npm scripts the docs name', () => {
  const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
  const named = pages.flatMap((page) => npmScriptsNamed(read(page)).map((script) => ({ page, script })));

  it('are found', () => expect(named.length).toBeGreaterThan(5));
  it.each(named)('$page: npm run $script is a script of package.json', ({ script }) => {
    expect(scripts).toContain(script);
  });
});

describe('the links between the docs', () => {
  /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as dashes. */
  const anchor = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
  const links = pages.flatMap((page) =>
    [...read(page).matchAll(/\]\((?!https?:|mailto:|#)([^)\s]+)\)/g)].map((m) => {
      const [path, hash] = m[1]!.split('#');
      return { page, target: join(dirname(page), path!), hash };
    }),
  );

  it('are found', () => expect(links.length).toBeGreaterThan(10));
  it.each(links)('$page → $target', ({ target, hash }) => {
    expect(statSync(target, { throwIfNoEntry: false }), `${target} does not exist`).toBeDefined();
    if (hash) expect([...read(target).matchAll(/^#+ (.+)$/gm)].map((m) => anchor(m[1]!))).toContain(hash);
  });
});

describe('the code files the docs name', () => {
  // A path in backticks under src/, scripts/ or e2e/ (data/ paths in the docs are also a server's, e.g. data/manifest.json).
  const named = pages.flatMap((page) => [...read(page).matchAll(/`((?:src|scripts|e2e)\/[^`\s]+)`/g)].map((m) => ({ page, path: m[1]! })));

  it('are found', () => expect(named.length).toBeGreaterThan(10));
  it.each(named)('$page: $path exists', ({ path }) => {
    expect(statSync(path, { throwIfNoEntry: false }), `${path} is not in the repository: the docs name a file that moved or went`).toBeDefined();
  });
});

describe('shellWords', () => {
  it.each([
    ['npm run data -- check data/', ['npm', 'run', 'data', '--', 'check', 'data/']],
    ['npm run data -- check data/        # a comment', ['npm', 'run', 'data', '--', 'check', 'data/']],
    ['npm run data -- publish a b --publisher "Sở KH&ĐT Lai Châu"', ['npm', 'run', 'data', '--', 'publish', 'a', 'b', '--publisher', 'Sở KH&ĐT Lai Châu']],
    [`x --note 'it''s' "say \\"hi\\"" a\\ b`, ['x', '--note', 'its', 'say "hi"', 'a b']],
    ['x --note ""', ['x', '--note', '']],
    ['x a#b', ['x', 'a#b']],
    ['\tx   y\t', ['x', 'y']],
  ])('%s', (line, words) => {
    expect(shellWords(line)).toEqual({ ok: true, words });
  });

  it.each([
    ['cd app && npm run data -- check ../data/', '&'],
    ['npm run data -- check data/ | tee log', '|'],
    ['npm run data -- check data/; echo', ';'],
    ['npm run data -- check $DIR', '$'],
    ['npm run data -- check "$DIR"', 'expansion'],
    ['npm run data -- check data/*', '*'],
    ['npm run data -- check "data/', 'quote left open'],
    ['npm run data -- check data/ > out.txt', '>'],
  ])('refuses %s', (line, reason) => {
    const split = shellWords(line);
    expect(split.ok).toBe(false);
    expect(split.ok ? '' : split.reason).toContain(reason);
  });
});

describe('shellWords, any words quoted as a shell quotes them', () => {
  const singleQuoted = (w: string) => `'${w.replaceAll("'", `'\\''`)}'`;
  const doubleQuoted = (w: string) => `"${w.replace(/["\\`$]/g, (c) => `\\${c}`)}"`;
  it.each([['single', singleQuoted], ['double', doubleQuoted]])('%s quotes give the words back', (_, quote) => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary' }).filter((w) => !/[\n\r]/.test(w)), { maxLength: 6 }), (words) => {
      expect(shellWords(words.map(quote).join(' '))).toEqual({ ok: true, words });
    }));
  });
});

describe('fencedShellLines', () => {
  const page = [
    'Text with `npm run data -- check inline/`.', // 1
    '```sh', // 2
    '# a comment line', // 3
    'npm run data -- check data/', // 4
    '', // 5
    '```', // 6
    '```nginx', // 7
    'add_header X "y" always;', // 8
    '```', // 9
    '~~~bash', // 10
    'npm start', // 11
    '~~~', // 12
    '````', // 13
    'npm run data -- in a plain fence', // 14
    '````', // 15
  ].join('\n');

  it('reads the shell fences only, with their line numbers', () => {
    expect(fencedShellLines(page)).toEqual([
      { line: 4, text: 'npm run data -- check data/' },
      { line: 11, text: 'npm start' },
    ]);
  });

  it.each([
    [['npm', 'run', 'data', '--', 'check', 'x/'], ['check', 'x/']],
    [['npm', 'run', 'data', 'check', 'x/'], null],
    [['npm', 'run', 'bench'], null],
    [['npx', 'run', 'data', '--'], null],
  ])('dataCliArgs(%j) is %j', (words, args) => {
    expect(dataCliArgs(words)).toEqual(args);
  });

  it('names every npm script once', () => {
    expect(npmScriptsNamed('`npm run dev`, npm run test:unit and `npm run data -- check`, again npm run dev')).toEqual(['dev', 'test:unit', 'data']);
  });
});
