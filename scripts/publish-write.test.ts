import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFolder, injectedFs, run, scratchRoot, snapshot } from './data-cli-testing';

const root = scratchRoot();
const input = dataFolder(root);
const CODES = ['EACCES', 'ENOSPC', 'EIO', 'EROFS', 'EPERM', 'EDQUOT'];

/** The version the failing publish would replace, published once and copied for each step. */
const firstVersion = join(root, 'first');
const ready = run(['publish', input, firstVersion, '--note', 'first']);

let places = 0;
async function place(withOldVersion: boolean) {
  expect((await ready).code).toBe(0);
  const base = join(root, `place-${++places}`);
  mkdirSync(base);
  const out = join(base, 'out');
  if (withOldVersion) cpSync(firstVersion, out, { recursive: true });
  return { base, out };
}

const publishArgs = (out: string) => ['publish', input, out, '--force', '--note', 'second'];

describe('publish fails each file operation in turn and leaves the old version whole', () => {
  it.each([
    ['replacing a published version', true],
    ['into a new folder', false],
  ])('%s', async (_, withOldVersion) => {
    const clean = await place(withOldVersion);
    const trace = injectedFs();
    expect((await run(publishArgs(clean.out), trace.fs)).code).toBe(0);
    // The step that puts the new version in place: a failure after it leaves the new version whole.
    const swap = trace.calls.findLastIndex((c) => c.op === 'renameSync');
    expect(swap).toBeGreaterThan(0);

    for (let step = 0; step < trace.calls.length; step++) {
      const { base, out } = await place(withOldVersion);
      const before = withOldVersion ? snapshot(out) : null;
      const code = CODES[step % CODES.length]!;
      const { fs, calls } = injectedFs((_call, index) => (index === step ? code : null));
      const result = await run(publishArgs(out), fs);
      const what = `step ${step}: ${calls[step]?.op} ${String(calls[step]?.target)} failing with ${code}\n${result.text}`;
      expect(result.text, what).not.toMatch(/\n\s+at /);
      expect(result.text, what).toMatch(new RegExp(`^\\S.*: (error|warning): \\[value "${code}"\\] .*\\(${code}\\)\\. .* — .*\\(${code}\\)\\. `, 'm'));
      if (step <= swap) {
        expect(result.code, what).toBe(1);
        if (before) expect(snapshot(out), what).toEqual(before);
        else expect(existsSync(out), what).toBe(false);
        expect(readdirSync(base).filter((n) => n !== 'out'), what).toEqual([]);
      } else {
        // After the swap: published; what failed (flushing the parent, removing the old folder) is a warning.
        expect(result.code, what).toBe(0);
        expect(result.err.every((l) => l.includes(': warning: ')), what).toBe(true);
        expect(readFileSync(join(out, 'manifest.json'), 'utf8'), what).toContain('"note": "second"');
        expect((await run(['check', out])).code, what).toBe(0);
      }
    }
  }, 120_000);
});

describe('a crash between the two renames is found and can be undone', () => {
  it('the next publish and check refuse, naming the old version to move back; once moved back, the old version checks whole', async () => {
    const { base, out } = await place(false);
    const before = snapshot(firstVersion);
    // The state a crash after "out → .out.old-…" leaves: no out, the old version whole beside it.
    const crashed = join(base, '.out.old-0badc0de');
    cpSync(firstVersion, crashed, { recursive: true });
    const refused = await run(publishArgs(out));
    expect(refused.code).toBe(1);
    expect(refused.text).toContain(`Restore it (mv ${crashed} ${out})`);
    const checked = await run(['check', out]);
    expect(checked.code).toBe(1);
    expect(checked.err).toEqual([expect.stringMatching(`^${out}: error: .* — There is no folder`), expect.stringContaining(`Restore it (mv ${crashed} ${out})`)]);
    renameSync(crashed, out);
    expect(snapshot(out)).toEqual(before);
    expect((await run(['check', out])).code).toBe(0);
  });

  it('when the new version cannot take its place and the old one cannot go back, says where the old one is whole', async () => {
    const { base, out } = await place(true);
    const before = snapshot(out);
    let renames = 0;
    // The first rename (out → .out.old-…) works; the swap and the way back both fail.
    const { fs } = injectedFs((call) => (call.op === 'renameSync' && ++renames > 1 ? 'EIO' : null));
    const result = await run(publishArgs(out), fs);
    expect(result.code).toBe(1);
    const [old] = readdirSync(base).filter((n) => n.startsWith('.out.old-'));
    expect(old).toMatch(/^\.out\.old-[0-9a-f]{8}$/);
    expect(snapshot(join(base, old!))).toEqual(before);
    expect(readdirSync(base).filter((n) => n.startsWith('.out.new-'))).toEqual([]);
    expect(result.text).toContain(`Restore it (mv ${join(base, old!)} ${out})`);
    expect((await run(publishArgs(out))).text).toContain(`Restore it (mv ${join(base, old!)} ${out})`);
  });
});
