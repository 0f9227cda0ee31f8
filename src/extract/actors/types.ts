/** Shapes shared by the actor stage: lexicon entries and the mentions found in text. */
import type { ActorKind } from '../../model/schema.ts';

/** A known actor (country, organisation, medium, group) from the lexicons. */
export interface LexiconActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  members?: string[];
}

/** How a surface form names its actor: the rule recorded as provenance. */
export type AliasForm = 'name' | 'demonym' | 'seat' | 'capital' | 'org' | 'media' | 'contextual' | 'group';

export interface AliasTarget {
  /** The actor the form names, or, for a contextual form, the candidates in order of preference. */
  ids: string[];
  form: AliasForm;
  /** 'upper': text must be all capitals ("EU", not "eu"); 'cap': first letter capital; 'any'. */
  caseRule: 'upper' | 'cap' | 'any';
  /** For contextual forms: how the candidates are chosen (contextual.json `rule`). */
  rule?: 'recent' | 'sentence' | 'group' | 'pair' | 'seen' | 'paragraph';
  /** "in Brussels" names a place, not an actor. */
  locativeIsPlace?: boolean;
  /** Words that, right before or after the form, mean it is not this actor ("Atlanta, Georgia"). */
  blockedBefore?: string[];
  blockedAfter?: string[];
  /** Not a mention when a capitalised word follows: "the North Caucasus" is no "the North". */
  notBeforeName?: boolean;
}

/** An actor mention in an article. */
export interface ActorMention {
  start: number;
  end: number;
  /** Token indices [first, last). */
  first: number;
  last: number;
  /** Resolved actor ids (several for a group such as "the Baltic states"). */
  ids: string[];
  form: AliasForm;
  /** True when the form names a place here ("talks in Geneva", "summit in Brussels"), not an actor. */
  place: boolean;
  /** Group actor id when the mention names a group. */
  group?: string;
  /** For a contextual form, how its candidates are chosen (resolved by resolve.ts). */
  rule?: AliasTarget['rule'];
}
