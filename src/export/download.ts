/**
 * Hands a Blob to the browser as a download, and names files after the timeline and its range.
 *
 * @example
 * download(new Blob(['{}'], { type: 'application/json' }), exportName('events.json', '2022-01-01', 'json'))
 * // saves "dateline-events-2022-01-01.json"
 */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function exportName(label: string, suffix: string, ext: string): string {
  const stem = label.replace(/\.[a-z0-9]{1,6}$/i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'timeline';
  const tail = suffix.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `dateline-${stem}${tail ? `-${tail}` : ''}.${ext}`;
}
