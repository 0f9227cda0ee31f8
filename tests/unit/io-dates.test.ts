import { describe, expect, test } from 'vitest';
import { parsePartialDate } from '../../src/io/dates.ts';

describe('parsePartialDate reads ISO-ordered partial dates as inclusive intervals', () => {
  test.each([
    ['2022', { start: '2022-01-01', end: '2022-12-31', granularity: 'year' }],
    ['2022-02', { start: '2022-02-01', end: '2022-02-28', granularity: 'month' }],
    ['2024-02', { start: '2024-02-01', end: '2024-02-29', granularity: 'month' }],
    ['1900-02', { start: '1900-02-01', end: '1900-02-28', granularity: 'month' }],
    ['2022-1-5', { start: '2022-01-05', end: '2022-01-05', granularity: 'day' }],
    [' 2022-01-15 ', { start: '2022-01-15', end: '2022-01-15', granularity: 'day' }],
    ['2022-01-15T09:30', { start: '2022-01-15T09:30', end: '2022-01-15T09:30', granularity: 'hour' }],
    ['2022-01-15T09:30:12Z', { start: '2022-01-15T09:30', end: '2022-01-15T09:30', granularity: 'hour' }],
    ['-0044-03-15', { start: '-0044-03-15', end: '-0044-03-15', granularity: 'day' }],
  ])('%s', (input, expected) => {
    expect(parsePartialDate(input)).toEqual(expected);
  });

  test.each(['', '2022-13', '2022-02-30', '2023-02-29', '15/01/2022', 'January 2022', '2022-01-15T25:00', '20220115', '12345', 'v1.2.3'])(
    'refuses %j', (input) => {
      expect(parsePartialDate(input)).toBeNull();
    });
});
