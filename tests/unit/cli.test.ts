// The extract command run as a subprocess on temporary folders, as a user runs it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTimelineDocument } from '../../src/model/validate.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLI = join(ROOT, 'src/extract/cli.ts');
const FIXTURES = join(ROOT, 'tests/fixtures/articles');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** A temp project folder with data/articles/ holding the named fixtures. */
function project(files: string[] = ['digest.txt', 'single-with-subheads.txt']): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-cli-'));
  temps.push(dir);
  mkdirSync(join(dir, 'data/articles/more'), { recursive: true });
  for (const f of files) copyFileSync(join(FIXTURES, f), join(dir, 'data/articles', f));
  return dir;
}

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(TSX, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

// Each case starts one or two Node processes; a busy machine needs more than the default 20 s.
describe('extract CLI', { timeout: 90_000 }, () => {
  it('reads data/articles/ by default and writes data/events.json with sources as given', () => {
    const dir = project();
    const r = run(dir);
    expect(r.stderr).toMatch(/^4 documents, \d+ events?, \d+ actors?, 0 warnings -> data\/events\.json\n$/m);
    expect(r.code).toBe(0);
    const doc = readJson(join(dir, 'data/events.json'));
    expect(parseTimelineDocument(doc).ok).toBe(true);
    expect(doc.documents.map((d: { id: string; source: string; published: string }) => [d.id, d.source, d.published])).toEqual([
      ['digest-1', 'data/articles/digest.txt', '2022-03-08'],
      ['digest-2', 'data/articles/digest.txt', '2022-03-08'],
      ['digest-3', 'data/articles/digest.txt', '2022-03-08'],
      ['single-with-subheads', 'data/articles/single-with-subheads.txt', '2022-03-08'],
    ]);
    expect(readdirSync(join(dir, 'data')).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('reads folders recursively in sorted order and gives byte-identical output for the same input', () => {
    const dir = project(['single-with-subheads.txt']);
    writeFileSync(join(dir, 'data/articles/more/b.md'), '---\ndate: 2022-03-09\n---\n# Second note\n\nOfficials met on Wednesday to talk about the harbour, and agreed on a plan.\n');
    writeFileSync(join(dir, 'data/articles/a.html'), '<meta property="article:published_time" content="2022-03-10"><title>Page</title><article><p>Officials met on Thursday to talk about roads and agreed to meet again.</p></article>');
    writeFileSync(join(dir, 'data/articles/ignored.pdf'), 'not read');
    expect(run(dir, 'data/articles/', '--out', 'one.json').code).toBe(0);
    expect(run(dir, 'data/articles', '--out', 'two.json').code).toBe(0);
    const one = readJson(join(dir, 'one.json'));
    expect(one.documents.map((d: { source: string }) => d.source)).toEqual(['data/articles/a.html', 'data/articles/more/b.md', 'data/articles/single-with-subheads.txt']);
    expect(readFileSync(join(dir, 'two.json'), 'utf8')).toBe(readFileSync(join(dir, 'one.json'), 'utf8'));
  });

  it('reports an undated or ambiguous file by name, skips it and counts the warnings', () => {
    const dir = project(['digest.txt', 'ambiguous-date.txt', 'dateline-no-year.txt']);
    const r = run(dir, '--out', 'out.json');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: data/articles/ambiguous-date.txt: the date line "05/06/2022" can be 5 June 2022 or 6 May 2022; skipped');
    expect(r.stderr).toContain('hint: give skipped files their publication date with --published YYYY-MM-DD');
    // A wire dateline without a year is dated to the latest such day up to today, with a warning.
    expect(r.stderr).toMatch(/warning: data\/articles\/dateline-no-year\.txt: the dateline "WASHINGTON, March 7 \(Example Wire\) -" gives March 7 without a year; dated \d{4}-03-07, the latest such day up to today/);
    // ... and, read beside a dated digest of January 2022, takes the year nearest it (four back at most, so the
    // year depends on today).
    expect(r.stderr).toMatch(/warning: data\/articles\/dateline-no-year\.txt: dated \d{4}-03-07 instead of \d{4}-03-07, the year that puts it nearest the 3 dated articles read with it/);
    expect(r.stderr).toMatch(/^4 documents, .*, 3 warnings -> out\.json$/m);
    expect(readJson(join(dir, 'out.json')).warnings).toHaveLength(3);
  });

  it('--published dates every input, and --out - writes to stdout', () => {
    const dir = project(['ambiguous-date.txt']);
    const r = run(dir, 'data/articles/ambiguous-date.txt', '--published', '2022-06-05', '--out', '-');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents[0]).toMatchObject({ published: '2022-06-05', publishedFrom: { rule: 'option:--published' } });
  });

  it.each([
    [['nope/missing.txt'], 1, 'extract: nope/missing.txt: no such file or folder'],
    [['--published', '2022-02-30'], 2, 'extract: --published 2022-02-30: expected a calendar date as YYYY-MM-DD'],
    [['--published', '15/01/2022'], 2, 'extract: --published 15/01/2022: expected a calendar date as YYYY-MM-DD'],
    [['--published'], 2, 'extract: --published needs a value'],
    [['--frobnicate'], 2, 'extract: unknown option --frobnicate'],
    [['data/articles/more'], 1, 'extract: data/articles/more: no .txt'],
    [['--out', 'no/such/folder/out.json'], 1, 'extract: cannot write no/such/folder/out.json: the folder does not exist'],
    [['--out', 'data'], 1, 'extract: cannot write data: it is a folder'],
  ])('fails clearly for %j', (args, code, message) => {
    const dir = project(['digest.txt']);
    const r = run(dir, ...args);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves the previous output untouched when a run fails', () => {
    const dir = project(['ambiguous-date.txt']);
    writeFileSync(join(dir, 'data/events.json'), 'previous\n');
    const r = run(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no dated articles in 1 file; nothing written');
    expect(readFileSync(join(dir, 'data/events.json'), 'utf8')).toBe('previous\n');
  });

  it('fails clearly on an unreadable file', () => {
    // A dangling link fails to read for every user, root included (a chmod 000 file does not stop root).
    const dir = project([]);
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'data/articles/digest.txt'));
    const r = run(dir, 'data/articles/digest.txt');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/data\/articles\/digest\.txt: (no such file or folder|cannot read)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('skips a missing, unsupported or binary input with a warning and still extracts the rest', () => {
    const dir = project(['digest.txt']);
    writeFileSync(join(dir, 'blob.txt'), Buffer.from([0x47, 0x00, 0xff, 0x10, 0x00, 0x41]));
    writeFileSync(join(dir, 'scan.pdf'), 'not read');
    const r = run(dir, 'data/articles/digest.txt', 'missing.txt', 'scan.pdf', 'blob.txt', '--out', 'out.json');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: missing.txt: no such file or folder; skipped');
    expect(r.stderr).toContain('warning: scan.pdf: unsupported file type');
    expect(r.stderr).toContain('warning: blob.txt: not a text file (binary data); skipped');
    expect(r.stderr).not.toContain('--published'); // the date hint is for undated articles only
    const doc = readJson(join(dir, 'out.json'));
    expect(doc.documents.map((d: { source: string }) => d.source)).toEqual(['data/articles/digest.txt', 'data/articles/digest.txt', 'data/articles/digest.txt']);
    expect(doc.warnings).toHaveLength(3);
  });

  it('names the real reason when the output folder refuses new files', () => {
    const dir = project(['digest.txt']);
    const r = run(dir, '--out', '/proc/dateline-events.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('extract: cannot write /proc/dateline-events.json: files cannot be created in that folder');
  });

  it('writes ./events.json, not over the bundled data/events.json, when paths are given', () => {
    const dir = project(['digest.txt']);
    writeFileSync(join(dir, 'data/events.json'), 'bundled\n');
    expect(run(dir, 'data/articles/digest.txt').code).toBe(0);
    expect(readFileSync(join(dir, 'data/events.json'), 'utf8')).toBe('bundled\n');
    expect(readJson(join(dir, 'events.json')).documents.length).toBeGreaterThan(0);
  });

  it('prints its usage with --help', () => {
    const r = run(ROOT, '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run extract -- \[FILES or FOLDERS \.\.\.\] \[--out FILE\] \[--published YYYY-MM-DD\]/);
  });

  it('reports progress on stderr when many files are read', () => {
    const dir = project([]);
    const text = readFileSync(join(FIXTURES, 'single-with-subheads.txt'), 'utf8');
    for (let i = 0; i < 25; i++) writeFileSync(join(dir, `data/articles/a${String(i).padStart(2, '0')}.txt`), text);
    const r = run(dir, '--out', 'out.json');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('extract: 25/25 files, 25 articles');
    expect(readJson(join(dir, 'out.json')).documents.map((d: { id: string }) => d.id).slice(0, 2)).toEqual(['a00', 'a01']);
  });
});
