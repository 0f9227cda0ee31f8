// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { chartMaxHeight, embedLayout } from '../../src/embed/layout.ts';

describe('embed height modes', () => {
  test.each([
    [{ mode: 'auto' } as const, '520px'],
    [{ mode: 'fixed', px: 600 } as const, '490px'],
    [{ mode: 'fixed', px: 200 } as const, '120px'],
    [{ mode: 'fill' } as const, 'calc(100vh - 110px)'],
  ])('%j -> %s', (mode, expected) => {
    expect(chartMaxHeight(mode)).toBe(expected);
  });

  test('auto never sizes the chart by the viewport (the parent resizes the iframe from our messages)', () => {
    expect(chartMaxHeight({ mode: 'auto' })).not.toMatch(/vh|%/);
  });

  test('fill makes the page exactly the iframe\'s height', () => {
    embedLayout(document, { mode: 'fill' });
    expect(document.documentElement.style.height).toBe('100%');
    expect(document.documentElement.dataset.embedHeight).toBe('fill');
    expect(document.documentElement.style.getPropertyValue('--chart-max-height')).toBe('calc(100vh - 110px)');
  });
});
