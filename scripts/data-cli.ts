/**
 * `npm run data -- check <folder>` and `npm run data -- publish <in> <out>`: the publishing side
 * of the data on the command line, with the same domain code as the browser's "Công bố" and the
 * app's loader (checkFolder, publishDataset, parseDatasetFiles). A province's data repository runs
 * `npm run data -- check data/` in CI; it exits 1 on any error.
 */
import { parseArgs } from 'node:util';
import type { ParseIssue } from '../src/domain/issues';
import { checkFolder } from '../src/domain/publication/check-folder';
import { formatIssueLine } from '../src/domain/publication/folder-issues';
import { ioIssue } from '../src/domain/publication/io-issues';
import { readManifest, type Manifest } from '../src/domain/publication/manifest';
import { OPTIONAL_PUBLISHED_FILES, publishDataset, PUBLISHED_FILES } from '../src/domain/publication/publish';
import { folderMissing, folderNotPlain } from '../src/domain/publication/target-issues';
import { readDataFolder } from './data-folder';
import { entryKind, errorCode, IoFailure, lstatOrNull, nodeFolderFs, withoutTrailingSlash, type FolderFs } from './folder-fs';
import { checkTarget, interruptedBeside, type Target } from './publish-target';
import { writePublication } from './publish-write';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  now: () => Date;
  /** The file operations; a test gives failing ones. */
  fs?: FolderFs;
}

const defaultIo: CliIo = { out: (line) => console.log(line), err: (line) => console.error(line), now: () => new Date() };
const fsOf = (io: CliIo) => io.fs ?? nodeFolderFs;

export const USAGE = `Usage:
  npm run data -- check <folder>
      Checks a data folder (manifest.json, areas.csv, indicators.csv, observations.csv) as the app reads it.
      Prints each problem as "file:row: severity: [column, value] message"; exits 1 on any error.
      Reads regular files only: a symbolic link, FIFO or folder in their place is refused, not followed.
  npm run data -- publish <in> <out> [--publisher "…"] [--note "…"] [--force]
      Publishes the three CSVs of <in> into <out> as canonical files with a new manifest.json.
      Refuses data that does not parse cleanly, and an <out> that holds another published version (unless --force),
      that is <in>, holds it or is in it, that is a link, or that holds anything but a publication's files.
      Writes the new version beside <out> and swaps it in: a failure leaves the old version whole.`;

const folderLabel = (folder: string) => (folder.endsWith('/') ? folder : `${folder}/`);

/** The issues of a folder, those about a file not read (a link, too large, unreadable) standing for its "missing". */
async function checkFiles(fs: FolderFs, folder: string, names: readonly string[]) {
  const read = readDataFolder(fs, folder, names);
  const check = await checkFolder(read.files);
  return { ...check, issues: [...read.issues, ...check.issues.filter((i) => !((i.code === 'missing-file' || i.code === 'not-published') && read.unread.has(i.file)))] };
}

const count = (issues: readonly ParseIssue[]) => {
  const errors = issues.filter((i) => i.severity === 'error').length;
  return { errors, warnings: issues.length - errors, words: `${errors} lỗi, ${issues.length - errors} cảnh báo — ${errors} error(s), ${issues.length - errors} warning(s)` };
};

const describeVersion = (m: Manifest) => `version ${m.version} (${m.published}${m.publisher ? `, ${m.publisher}` : ''})`;

/** The folder given is a folder, not a link to one (links are not followed) nor missing; a missing one may be the old version an interrupted publish left beside it. */
function isFolder(fs: FolderFs, path: string, io: CliIo): boolean {
  const stats = lstatOrNull(fs, withoutTrailingSlash(path), path);
  if (stats?.isDirectory()) return true;
  const issues = stats ? [folderNotPlain(path, entryKind(stats))] : [folderMissing(path), ...interruptedBeside(fs, path)];
  for (const i of issues) io.err(formatIssueLine(i));
  return false;
}

async function check(folder: string, io: CliIo): Promise<number> {
  const fs = fsOf(io);
  if (!isFolder(fs, folder, io)) return 1;
  const label = folderLabel(folder);
  const { manifest, dataset, issues } = await checkFiles(fs, folder, [...PUBLISHED_FILES, ...OPTIONAL_PUBLISHED_FILES]);
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
function existingVersion(fs: FolderFs, target: Target): { version: string; words: string } | null {
  if (!target.exists) return null;
  const read = readDataFolder(fs, target.path, ['manifest.json']);
  if (read.issues.length > 0) throw new IoFailure(read.issues.map((i) => ({ ...i, file: `${folderLabel(target.shown)}${i.file}` })));
  const bytes = read.files['manifest.json'];
  if (!bytes) return null;
  try {
    const manifest = readManifest(JSON.parse(new TextDecoder().decode(bytes)));
    return manifest.ok ? { version: manifest.manifest.version, words: describeVersion(manifest.manifest) } : { version: '', words: `an unreadable manifest (${manifest.problem})` };
  } catch (e) {
    return { version: '', words: `an unreadable manifest (${(e as Error).message})` };
  }
}

async function publish(input: string, out: string, options: PublishOptions, io: CliIo): Promise<number> {
  const fs = fsOf(io);
  if (!isFolder(fs, input, io)) return 1;
  const checked = checkTarget(fs, input, out);
  if (!checked.ok) {
    for (const i of checked.issues) io.out(formatIssueLine(i));
    io.out(`publish refused — không công bố: ${count(checked.issues).words} in ${folderLabel(out)}.`);
    return 1;
  }
  const { target } = checked;
  const inLabel = folderLabel(input);
  const { dataset, issues } = await checkFiles(fs, input, [...PUBLISHED_FILES.filter((name) => name !== 'manifest.json'), ...OPTIONAL_PUBLISHED_FILES]);
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
  const existing = existingVersion(fs, target);
  if (existing && existing.version !== manifest.version && !options.force) {
    io.out(`${folderLabel(out)}manifest.json: error: ${out} đã chứa một bản công bố khác (${existing.words}); bản đã công bố không bao giờ bị sửa. Hãy công bố vào thư mục khác, hoặc thêm --force để thay thế. — ${out} already holds another publication (${existing.words}); a published version is never altered. Publish into another folder, or add --force to replace it.`);
    return 1;
  }
  const names = [...PUBLISHED_FILES.filter((n) => n !== 'manifest.json'), ...OPTIONAL_PUBLISHED_FILES, 'manifest.json' as const];
  const written = names.flatMap((name) => { const bytes = files[name]; return bytes ? [[name, bytes] as const] : []; });
  for (const w of writePublication(fs, target, written, names)) io.err(formatIssueLine(w));
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
  if (command === 'check' && folders.length === 1) return located(() => check(folders[0]!, io), io);
  if (command === 'publish' && folders.length === 2) return located(() => publish(folders[0]!, folders[1]!, values, io), io);
  io.err(USAGE);
  return 2;
}

/** A file operation's failure, as located lines and exit 1, never a stack trace. */
async function located(command: () => Promise<number>, io: CliIo): Promise<number> {
  try {
    return await command();
  } catch (e) {
    // An OS error that escaped a located operation still names its path and code.
    const path = (e as { path?: unknown } | null)?.path;
    const issues = e instanceof IoFailure ? e.issues : errorCode(e) && typeof path === 'string' ? [ioIssue(path, 'inspect', errorCode(e))] : null;
    if (!issues) throw e;
    for (const i of issues) io.err(formatIssueLine(i));
    return 1;
  }
}
