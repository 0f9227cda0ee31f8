/**
 * `npm run extract -- [FILES or FOLDERS ...] [--out FILE] [--published YYYY-MM-DD]`: reads articles, runs
 * the extractor and writes the timeline document atomically. The only extractor file that touches the file
 * system or the process; everything it calls is pure.
 *
 * @example
 * npm run extract                                   # data/articles/ -> data/events.json
 * npm run extract -- notes/ story.html --out /tmp/t.json --published 2022-01-15
 */
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTimelineDocument } from '../model/validate.ts';
import type { Article } from './article.ts';
import { notText } from './formats/binary.ts';
import { yearlessNearBatch } from './formats/build.ts';
import { formatOf, readInput, SUPPORTED_EXTENSIONS } from './formats/index.ts';
import { extractTimeline } from './pipeline.ts';
import { calendarDay } from './segment/index.ts';

const DEFAULT_INPUT = 'data/articles';
const DEFAULT_OUT = 'data/events.json';
/** With input paths given, the output goes beside the user, not over the app's bundled document. */
const DEFAULT_OUT_FOR_PATHS = 'events.json';
/** From this many files on, progress lines go to stderr. */
const PROGRESS_FROM = 20;

const HELP = `Usage: npm run extract -- [FILES or FOLDERS ...] [--out FILE] [--published YYYY-MM-DD]

Reads news articles and writes the timeline document (events.json) the viewer shows.

  FILES, FOLDERS      inputs (default: ${DEFAULT_INPUT}/). Folders are read recursively, in sorted
                      order, for ${SUPPORTED_EXTENSIONS.join(' ')}
  --out FILE          where to write (default: ${DEFAULT_OUT} with no paths, ./${DEFAULT_OUT_FOR_PATHS}
                      with paths); "-" writes to stdout
  --published DATE    publication date (YYYY-MM-DD) for every input, overriding date lines
  --help              this text

Each article's publication date comes from its date line ("Saturday, January 15, 2022", "24.05.2022",
"Published on 21/01/2022 at 18:30", ...), front matter or meta tags. A file whose date cannot be found
(or is ambiguous, like 05/06/2022) is reported and skipped: use --published. A wire dateline without a
year ("HANOI, March 12 (Reuters) -") takes the latest such day up to today, or, read with dated articles, the
year (never later) nearest them, with a warning.
The output is written atomically; on any error the previous file is left as it was.`;

/** An error the user can act on: printed without a stack trace. */
class UsageError extends Error {
  constructor(message: string, readonly code = 1) {
    super(message);
  }
}

interface Args {
  paths: string[];
  out: string;
  published?: string;
  help: boolean;
}

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { paths: [], out: '', help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value (see --help)`, 2);
      return v;
    };
    if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--out' || flag === '-o') args.out = value();
    else if (flag === '--published') {
      const v = value();
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      if (!m || !calendarDay(Number(m[1]), Number(m[2]), Number(m[3]))) throw new UsageError(`--published ${v}: expected a calendar date as YYYY-MM-DD`, 2);
      args.published = v;
    } else if (flag === '--') continue;
    else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag} (see --help)`, 2);
    else args.paths.push(arg);
  }
  if (!args.out) args.out = args.paths.length ? DEFAULT_OUT_FOR_PATHS : DEFAULT_OUT;
  return args;
}

/** Byte-order comparison, so the file order (and the output) does not depend on the locale. */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => !e.name.startsWith('.'));
  for (const entry of entries.sort((a, b) => byCodeUnit(a.name, b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (formatOf(entry.name)) out.push(path);
  }
}

/**
 * The input files, as paths relative to how they were given; folders expanded recursively and sorted. A given
 * path that cannot be read (missing, unsupported type, empty folder) is a problem, not a stop: the caller warns
 * and goes on with the rest, and fails only when nothing is left.
 */
export function collectFiles(paths: readonly string[]): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  for (const given of paths) {
    let stat;
    try {
      stat = statSync(given);
    } catch {
      problems.push(`${given}: no such file or folder`);
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      walk(given, found);
      if (!found.length) problems.push(`${given}: no ${SUPPORTED_EXTENSIONS.join(' ')} files in this folder`);
      files.push(...found);
    } else if (formatOf(given)) files.push(given);
    else problems.push(`${given}: unsupported file type (Dateline reads ${SUPPORTED_EXTENSIONS.join(' ')})`);
  }
  return { files: [...new Set(files.map((f) => f.replace(/\\/g, '/')))], problems };
}

/** Ids unique across files: a repeated id gets "-2", "-3", ... in input order. */
function uniqueIds(articles: Article[]): void {
  const seen = new Set<string>();
  for (const article of articles) {
    let id = article.id;
    for (let n = 2; seen.has(id); n++) id = `${article.id}-${n}`;
    article.id = id;
    seen.add(id);
  }
}

/** Writes `data` to `path` through a temporary file in the same folder, so readers never see half a file. */
function writeAtomically(path: string, data: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // Nothing was created.
    }
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? (existsSync(dirname(path) || '.') ? 'files cannot be created in that folder' : 'the folder does not exist') : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new UsageError(`cannot write ${path}: ${why}`);
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  if (args.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const { files, problems } = collectFiles(args.paths.length ? args.paths : [DEFAULT_INPUT]);
  if (!files.length) throw new UsageError(problems.join('\n  '));
  const articles: Article[] = [];
  const warnings: string[] = [];
  for (const p of problems) {
    process.stderr.write(`warning: ${p}; skipped\n`);
    warnings.push(`${p}; skipped`);
  }
  let skipped = 0;
  const progress = files.length >= PROGRESS_FROM;
  const every = Math.max(1, Math.floor(files.length / 20));
  for (const [i, file] of files.entries()) {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = `${file}: cannot read (${code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : code === 'ENOENT' ? 'no such file' : (error as Error).message}); skipped`;
      process.stderr.write(`warning: ${why}\n`);
      warnings.push(why);
      continue;
    }
    const binary = notText(content);
    const result = binary ? { articles: [], warnings: [`${file}: ${binary}; skipped`] } : readInput(file, content, args.published ? { published: args.published } : {});
    if (!binary && !result.articles.length && result.warnings.length) skipped++;
    articles.push(...result.articles);
    for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
    warnings.push(...result.warnings);
    if (progress && ((i + 1) % every === 0 || i + 1 === files.length)) process.stderr.write(`extract: ${i + 1}/${files.length} files, ${plural(articles.length, 'article')}\n`);
  }
  if (skipped && !args.published) process.stderr.write('hint: give skipped files their publication date with --published YYYY-MM-DD (one run per date)\n');
  if (!articles.length) throw new UsageError(`no dated articles in ${plural(files.length, 'file')}; nothing written (give a date with --published)`);
  // A wire dateline without a year takes the year nearest the other articles read with it.
  for (const w of yearlessNearBatch(articles)) {
    process.stderr.write(`warning: ${w}\n`);
    warnings.push(w);
  }
  uniqueIds(articles);
  const doc = extractTimeline(articles);
  const allWarnings = [...(doc.warnings ?? []), ...warnings];
  if (allWarnings.length) doc.warnings = allWarnings;
  const checked = parseTimelineDocument(doc);
  if (!checked.ok) throw new UsageError(`internal error: the extracted document does not match the schema (${checked.error}); nothing written`);
  const json = `${JSON.stringify(doc, null, 2)}\n`;
  if (args.out === '-') process.stdout.write(json);
  else writeAtomically(args.out, json);
  const summary = `${plural(doc.documents.length, 'document')}, ${plural(doc.events.length, 'event')}, ${plural(doc.actors.length, 'actor')}, ${plural(allWarnings.length, 'warning')} -> ${args.out === '-' ? 'stdout' : args.out}`;
  process.stderr.write(`${summary}\n`);
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`extract: ${error.message}\n`);
      process.exitCode = error.code;
    } else {
      process.stderr.write(`extract: unexpected error: ${(error as Error).message ?? String(error)}\n`);
      if (process.env['DATELINE_DEBUG']) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
      process.exitCode = 1;
    }
  }
}
