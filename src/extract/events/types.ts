/** The events stage's working shape, before ids, titles and merging. */
import type { Modality } from './modality.ts';
import type { TriggerRule } from './triggers.ts';

export interface DateValue {
  start: string;
  end: string;
  granularity: 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'century';
  timex: string;
  phrase: string;
  implicit: boolean;
  /** Rule that dated the event: the temporal rule, 'sentence-timex', 'anchor:following', 'publication'. */
  rule: string;
  /** Offsets of the time phrase in the article text, when stated. */
  phraseStart?: number;
  phraseEnd?: number;
}

export interface Quote {
  document: string;
  start: number;
  end: number;
  /** Spans inside the quote (relative to `start`): the time phrase, actor and person names. */
  marks?: Array<{ start: number; end: number; kind: string }>;
}

export interface DraftEvent {
  document: string;
  /** Index of the sentence in its article (for discourse rules). */
  sentence: number;
  kind: string;
  rules: TriggerRule[];
  trigger: { start: number; end: number; text: string };
  date: DateValue;
  actors: string[];
  people: string[];
  /** Person who speaks or acts first in the sentence (for titles and anchoring). */
  subject?: string;
  /** A person whose undated words joined this event (discourse.ts): a statement is titled by them. */
  speaker?: string;
  planned: boolean;
  location?: string;
  modality?: Modality;
  /** From a noun after "following"/"after" with its own date: merges leniently with the event it refers to. */
  reference?: boolean;
  quotes: Quote[];
  /** Direct speech inside the evidence sentence, for statement titles. */
  speech?: string;
  /** A noun trigger with "the" ("The summit will be held ..."): may refer to an undated event told before. */
  definite?: boolean;
  /** Set when no actor was named in the sentence and the previous sentence's actor was taken. */
  actorsFrom?: string;
  /** The trigger rule the title is written from. */
  titleRule?: TriggerRule;
  /** The title trigger as a present-tense verb phrase ("seizes", "returns from"). */
  verbText?: string;
  /** Words after the trigger, for titles ("two draft treaties"). */
  object?: string;
  /** What a speech act reports, after "that" ("the intelligence community believes ..."), for titles. */
  reported?: string;
  /** The unnamed subject noun phrase of the title verb ("Prosecutors" charged), when no actor is named before it. */
  subjectText?: string;
  /** The noun phrase before a passive trigger without an agent ("At least 27 people" were killed). */
  passive?: string;
}
