/**
 * The commands the docs show, read from their Markdown so a test can run them: every line of a shell
 * fence (```sh, ```bash, ```shell), split into words as a shell would, and every `npm run <script>`
 * they name anywhere. Only what a pasted line needs: quotes, backslashes and comments; a line that
 * pipes, chains or expands something is refused by name rather than split wrongly.
 */

export interface ShellLine {
  /** 1-based line of the Markdown file. */
  line: number;
  text: string;
}

const SHELL_FENCES = new Set(['sh', 'bash', 'shell', 'console']);

/** The lines inside shell fences, blank ones and whole-line comments left out. */
export function fencedShellLines(markdown: string): ShellLine[] {
  const lines: ShellLine[] = [];
  let fence: { marker: string; shell: boolean } | null = null;
  markdown.split(/\r?\n/).forEach((text, index) => {
    const open = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(text);
    if (!fence && open) {
      fence = { marker: open[1]!, shell: SHELL_FENCES.has(open[2]!.toLowerCase()) };
      return;
    }
    if (fence && text.trim().startsWith(fence.marker) && text.trim().replace(/[`~]/g, '') === '') {
      fence = null;
      return;
    }
    if (fence?.shell && text.trim() !== '' && !text.trim().startsWith('#')) lines.push({ line: index + 1, text: text.trim() });
  });
  return lines;
}

export type ShellWords = { ok: true; words: string[] } | { ok: false; reason: string };

/** The words of one command line: '…' literal, "…" with \" \\ \$ \`, \x outside quotes, # a comment at a word's start. */
export function shellWords(line: string): ShellWords {
  const words: string[] = [];
  let word = '';
  let inWord = false; // a word has begun, even an empty "" one
  let quote: "'" | '"' | null = null;
  const end = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote === "'") {
      if (c === "'") quote = null;
      else word += c;
    } else if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === '\\' && '"\\$`'.includes(line[i + 1] ?? '')) word += line[++i]!;
      else if (c === '$' || c === '`') return { ok: false, reason: `an expansion (${c}) inside double quotes` };
      else word += c;
    } else if (c === ' ' || c === '\t') {
      end();
    } else if (c === '#' && !inWord) {
      break;
    } else if ('|&;<>()$`*?'.includes(c)) {
      return { ok: false, reason: `the shell's ${JSON.stringify(c)} (one plain command a line)` };
    } else {
      inWord = true;
      if (c === "'" || c === '"') quote = c;
      else if (c === '\\') word += line[++i] ?? '';
      else word += c;
    }
  }
  if (quote) return { ok: false, reason: `a quote left open (${quote})` };
  end();
  return { ok: true, words };
}

/** The arguments after `npm run data --`, or null when the words are another command. */
export function dataCliArgs(words: readonly string[]): string[] | null {
  const [npm, run, script, dashes, ...args] = words;
  return npm === 'npm' && run === 'run' && script === 'data' && dashes === '--' ? args : null;
}

/** Every `npm run <script>` named in the text, fenced or inline, each once. */
export function npmScriptsNamed(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(/\bnpm run ([\w:.-]+)/g)].map((m) => m[1]!))];
}
