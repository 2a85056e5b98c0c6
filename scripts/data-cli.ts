/**
 * `npm run data -- check <folder>` and `npm run data -- publish <in> <out>`: the publishing side
 * of the data on the command line, with the same domain code as the browser's "Công bố" and the
 * app's loader (checkFolder, publishDataset, parseDatasetFiles). A province's data repository runs
 * `npm run data -- check data/` in CI; it exits 1 on any error.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LIMITS } from '../src/domain/limits';
import { checkFolder, type FolderFiles } from '../src/domain/publication/check-folder';
import { fileTooLarge, formatIssueLine, type FolderIssue } from '../src/domain/publication/folder-issues';
import { readManifest, type Manifest } from '../src/domain/publication/manifest';
import { OPTIONAL_PUBLISHED_FILES, publishDataset, PUBLISHED_FILES } from '../src/domain/publication/publish';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  now: () => Date;
}

const defaultIo: CliIo = { out: (line) => console.log(line), err: (line) => console.error(line), now: () => new Date() };

export const USAGE = `Usage:
  npm run data -- check <folder>
      Checks a data folder (manifest.json, areas.csv, indicators.csv, observations.csv) as the app reads it.
      Prints each problem as "file:row: severity: [column, value] message"; exits 1 on any error.
  npm run data -- publish <in> <out> [--publisher "…"] [--note "…"] [--force]
      Publishes the three CSVs of <in> into <out> as canonical files with a new manifest.json.
      Refuses data that does not parse cleanly, and an <out> that holds another published version (unless --force).`;

const folderLabel = (folder: string) => (folder.endsWith('/') ? folder : `${folder}/`);

/** Reads the folder's files within the size limit; a file over it is an issue and is not read. */
function readFolder(folder: string, names: readonly string[]): { files: FolderFiles; issues: FolderIssue[] } {
  const files: FolderFiles = {};
  const issues: FolderIssue[] = [];
  for (const name of names) {
    const path = join(folder, name);
    if (!existsSync(path) || !statSync(path).isFile()) continue;
    const { size } = statSync(path);
    if (size > LIMITS.uploadBytes) issues.push(fileTooLarge(name as FolderIssue['file'], size, LIMITS.uploadBytes));
    else files[name] = new Uint8Array(readFileSync(path));
  }
  return { files, issues };
}

/** The issues of a folder, those about a file too large to read standing for its "missing". */
async function checkFiles(folder: string, names: readonly string[]) {
  const read = readFolder(folder, names);
  const check = await checkFolder(read.files);
  const tooLarge = new Set(read.issues.map((i) => i.file));
  return { ...check, issues: [...read.issues, ...check.issues.filter((i) => !(i.code === 'missing-file' && tooLarge.has(i.file)))] };
}

const count = (issues: readonly FolderIssue[]) => {
  const errors = issues.filter((i) => i.severity === 'error').length;
  return { errors, warnings: issues.length - errors, words: `${errors} lỗi, ${issues.length - errors} cảnh báo — ${errors} error(s), ${issues.length - errors} warning(s)` };
};

const describeVersion = (m: Manifest) => `version ${m.version} (${m.published}${m.publisher ? `, ${m.publisher}` : ''})`;

function isFolder(path: string, io: CliIo): boolean {
  if (existsSync(path) && statSync(path).isDirectory()) return true;
  io.err(`${path}: không phải thư mục — not a folder. ${USAGE.split('\n')[0]}`);
  return false;
}

async function check(folder: string, io: CliIo): Promise<number> {
  if (!isFolder(folder, io)) return 1;
  const label = folderLabel(folder);
  const { manifest, dataset, issues } = await checkFiles(folder, [...PUBLISHED_FILES, ...OPTIONAL_PUBLISHED_FILES]);
  for (const i of issues) io.out(formatIssueLine(i, label));
  const { errors, words } = count(issues);
  const what = [dataset ? `${dataset.observations.length} observations` : null, manifest ? describeVersion(manifest) : 'not published'].filter(Boolean).join(', ');
  io.out(`check ${label}: ${words} (${what})`);
  return errors > 0 ? 1 : 0;
}

interface PublishOptions {
  publisher: string;
  note: string;
  force: boolean;
}

/** The version <out> already holds, if any; a published version is never altered. */
function existingVersion(out: string): { version: string; words: string } | null {
  const path = join(out, 'manifest.json');
  if (!existsSync(path)) return null;
  try {
    const read = readManifest(JSON.parse(readFileSync(path, 'utf8')));
    return read.ok ? { version: read.manifest.version, words: describeVersion(read.manifest) } : { version: '', words: `an unreadable manifest (${read.problem})` };
  } catch (e) {
    return { version: '', words: `an unreadable manifest (${(e as Error).message})` };
  }
}

async function publish(input: string, out: string, options: PublishOptions, io: CliIo): Promise<number> {
  if (!isFolder(input, io)) return 1;
  const inLabel = folderLabel(input);
  const { dataset, issues } = await checkFiles(input, [...PUBLISHED_FILES.filter((name) => name !== 'manifest.json'), ...OPTIONAL_PUBLISHED_FILES]);
  const relevant = issues.filter((i) => i.code !== 'not-published');
  for (const i of relevant) io.out(formatIssueLine(i, inLabel));
  if (!dataset || count(relevant).errors > 0) {
    io.out(`publish refused — không công bố: ${count(relevant).words} in ${inLabel}. Fix them and publish again — sửa rồi công bố lại.`);
    return 1;
  }
  const result = await publishDataset(dataset, { publisher: options.publisher, note: options.note, published: io.now() });
  if (!result.ok) {
    for (const i of result.issues) io.out(formatIssueLine(i, folderLabel(out)));
    io.out(`publish refused — không công bố: ${count(result.issues).words}.`);
    return 1;
  }
  const { manifest, files } = result.folder;
  const existing = existingVersion(out);
  if (existing && existing.version !== manifest.version && !options.force) {
    io.out(`${folderLabel(out)}manifest.json: error: ${out} đã chứa một bản công bố khác (${existing.words}); bản đã công bố không bao giờ bị sửa. Hãy công bố vào thư mục khác, hoặc thêm --force để thay thế. — ${out} already holds another publication (${existing.words}); a published version is never altered. Publish into another folder, or add --force to replace it.`);
    return 1;
  }
  try {
    mkdirSync(out, { recursive: true });
    // The data files first, the manifest last: a reader never sees a new manifest before its files.
    for (const name of OPTIONAL_PUBLISHED_FILES) {
      const bytes = files[name];
      if (bytes) writeFileSync(join(out, name), bytes);
    }
    for (const name of [...PUBLISHED_FILES.filter((n) => n !== 'manifest.json'), 'manifest.json' as const]) writeFileSync(join(out, name), files[name]);
  } catch (e) {
    io.err(`${folderLabel(out)}: không ghi được — cannot write: ${(e as Error).message}`);
    return 1;
  }
  const rows = manifest.files.map((f) => `${f.name} ${f.rows} rows`).join(', ');
  io.out(`published ${describeVersion(manifest)} → ${folderLabel(out)} (${rows}; ${count(relevant).warnings} warning(s))`);
  return 0;
}

/** Runs one command; the exit code: 0 done, 1 refused or invalid data, 2 wrong usage. */
export async function runDataCli(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { publisher: { type: 'string', default: '' }, note: { type: 'string', default: '' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...folders] = positionals;
  if (values.help) return (io.out(USAGE), 0);
  if (command === 'check' && folders.length === 1) return check(folders[0]!, io);
  if (command === 'publish' && folders.length === 2) return publish(folders[0]!, folders[1]!, values, io);
  io.err(USAGE);
  return 2;
}
