/** STUB (replaced by the temporal stage owner). */
import type { DateInterval, TagOptions, Timex } from './types.ts';

export type { DateInterval, TagOptions, Timex } from './types.ts';

export function tagTimexes(_text: string, _dct: string, _options: TagOptions = {}): Timex[] {
  return [];
}

export function timexInterval(_value: string, _mod?: string): DateInterval | null {
  return null;
}
