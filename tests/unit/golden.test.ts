// The committed data/events.json is what `npm run extract` makes of data/articles/ today: regenerate it with
// `npm run extract` when a rule changes, and review the diff. It must be schema-valid and every quote must be
// its document's text at the quoted offsets.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/extract/cli.ts';
import { parseTimelineDocument } from '../../src/model/validate.ts';
import type { TimelineDocument } from '../../src/model/schema.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GOLDEN = join(ROOT, 'data/events.json');
const dir = mkdtempSync(join(tmpdir(), 'dateline-golden-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function regenerate(): string {
  const out = join(dir, 'events.json');
  const cwd = process.cwd();
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    process.chdir(ROOT);
    expect(main(['--out', out])).toBe(0);
  } finally {
    process.chdir(cwd);
    stderr.mockRestore();
  }
  return readFileSync(out, 'utf8');
}

describe('golden data/events.json', () => {
  const committed = readFileSync(GOLDEN, 'utf8');
  const doc = JSON.parse(committed) as TimelineDocument;

  it('equals a fresh run over data/articles/ (byte for byte)', () => {
    expect(regenerate()).toBe(committed);
  });

  it('is schema-valid', () => {
    const r = parseTimelineDocument(doc);
    expect(r.ok ? 'ok' : r.error).toBe('ok');
  });

  it('quotes its documents exactly', () => {
    const texts = new Map(doc.documents.map((d) => [d.id, d.text ?? readFileSync(join(ROOT, d.source), 'utf8')]));
    for (const e of doc.events) for (const q of e.evidence) expect(texts.get(q.document)!.slice(q.start, q.end), e.id).toBe(q.quote);
  });

  it('has the sample\'s key events with their actors', () => {
    const has = (kind: string, start: string, actor: string) => doc.events.some((e) => e.kind === kind && e.date.start === start && [...e.actors, ...e.people].includes(actor));
    expect(has('meeting', '2022-01-10', 'person:wendy-sherman')).toBe(true);
    expect(has('press-conference', '2022-01-14', 'person:sergey-lavrov')).toBe(true);
    expect(has('handover', '2021-12-01', 'country:RUS')).toBe(true);
    expect(doc.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['org:nato', 'country:RUS', 'country:USA']));
  });
});
