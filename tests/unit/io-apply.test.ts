import { describe, expect, test } from 'vitest';
import type { ViewState } from '../../src/app/state.svelte.ts';
import type { TimelineDocument } from '../../src/model/schema.ts';
import { applyLoaded } from '../../src/io/apply.ts';
import { sampleDoc } from './io-fixtures.ts';

/** The two members of the view state that applyLoaded uses. */
function fakeView(doc: TimelineDocument | null, label = '') {
  const calls: Array<{ doc: TimelineDocument; label: string; dataUrl: string | null }> = [];
  const view = { doc, label, load(d: TimelineDocument, l: string, u: string | null) { calls.push({ doc: d, label: l, dataUrl: u }); this.doc = d; this.label = l; } };
  return { view: view as unknown as ViewState, calls };
}

describe('applyLoaded', () => {
  test('replaces the timeline and says how many events it has', () => {
    const { view, calls } = fakeView(sampleDoc(), 'old.json');
    const one = { ...sampleDoc(), events: [sampleDoc().events[0]!] };
    expect(applyLoaded(view, one, 'new.csv', { merge: false, notes: ['(CSV of events)'] })).toBe('Loaded new.csv: 1 event. (CSV of events)');
    expect(calls[0]).toMatchObject({ label: 'new.csv', dataUrl: null });
    expect(calls[0]!.doc.events).toHaveLength(1);
  });

  test('adds to the timeline, keeping its label, and counts only what is new', () => {
    const { view, calls } = fakeView(sampleDoc(), 'events.json');
    const added = { ...sampleDoc(), events: [{ ...sampleDoc().events[0]!, id: 'new-1', title: 'Another' }] };
    expect(applyLoaded(view, added, 'pasted.txt', { merge: true, what: '“An article”' })).toBe('Added 1 event from “An article” (5 in all).');
    expect(calls[0]!.label).toBe('events.json');
  });

  test('adding with nothing loaded is a plain load', () => {
    const { view } = fakeView(null);
    expect(applyLoaded(view, sampleDoc(), 'a.json', { merge: true })).toBe('Loaded a.json: 4 events.');
  });
});
