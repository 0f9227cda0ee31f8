/**
 * Word lists and line patterns the segmenter reads (English). Data, not logic: adding a month spelling, a
 * caption marker or a boilerplate line is an edit here, never in the code that uses it.
 *
 * Format: each export is a list or a map; every entry carries an example of the text it is for.
 */

/** Month names and abbreviations -> month number. "Sept. 5, 2023", "JUNE 28, 2022", "15 Jan 2022". */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Weekday names that may open a date line -> ISO weekday (Monday 1): "Saturday, January 15, 2022", "Tue 24 May 2022". */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1,
  tuesday: 2, tues: 2, tue: 2,
  wednesday: 3, wed: 3,
  thursday: 4, thurs: 4, thur: 4, thu: 4,
  friday: 5, fri: 5,
  saturday: 6, sat: 6,
  sunday: 7, sun: 7,
};

/**
 * Words allowed around the date on a date line, besides weekdays, times and separators:
 * "Published on 21/01/2022 at 18:30", "Last updated: 2022-01-15", "Posted 15 Jan 2022".
 */
export const DATELINE_FILLER: readonly string[] = [
  'published', 'updated', 'last', 'first', 'posted', 'on', 'at', 'date', 'dated', 'modified', 'created',
  'issued', 'released', 'release', 'press', 'news', 'for', 'immediate', 'and', 'am', 'pm', 'a.m', 'p.m', 'a.m.', 'p.m.',
  'gmt', 'utc', 'et', 'pt', 'ct', 'mt', 'bst', 'cet', 'cest', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'msk', 'eet', 'eest', 'ist', 'jst',
];

/** Photo captions and credits, kept in the text but skipped by later stages: "FILE PHOTO. © Getty Images / ...". */
export const CAPTION_PATTERNS: readonly RegExp[] = [
  /^(?:file\s+)?photos?\s*[.:\-–—|]/i, // "FILE PHOTO. The Kremlin", "Photo: AP"
  /©/, // "© RIA / Mikhail Voskresensky"
  /^(?:image|picture|photograph|video)(?:\s+(?:credit|source))?\s*:/i, // "Image credit: Reuters"
  /\((?:AP|AFP|Reuters|EPA|Getty(?: Images)?)\s+Photo\b/i, // "(AP Photo/Evan Vucci)"
  /^(?:photo|image)\s+(?:by|courtesy|credit)\b/i, // "Photo by Jane Doe"
];

/** Lines that belong to the page, not the article: "No comments:", "Post a Comment", "Share this article". */
export const BOILERPLATE_PATTERNS: readonly RegExp[] = [
  /^no comments?:?$/i,
  /^\d+ comments?:?$/i,
  /^post a comment\.?$/i,
  /^leave a (?:reply|comment)\.?$/i,
  /^comments?(?:\s*\(\d+\))?:?$/i,
  /^share(?: this(?: article| story| post)?| on \w+)?:?$/i,
  /^(?:read|see) (?:more|also)\b.{0,200}$/i, // "READ MORE: Another story's headline"
  /pic\.twitter\.com\/\w+/i, // an embedded post: "... pic.twitter.com/AbC123 — Ministry (@mfa) January 14, 2022"
  /^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+\p{L}+\s+\d{1,2},\s+\d{4}$/u, // "— Name (@handle) January 14, 2022"
  /^(?:related(?: articles| stories| news)?|more on this story|recommended):?$/i,
  /^(?:subscribe|sign up)\b.{0,80}$/i,
  /^advertisement$/i,
  /^(?:tags|filed under|topics)\s*:.{0,200}$/i,
  /^click here\b.{0,80}$/i,
  /^(?:older|newer) posts?$/i,
  /^(?:home|back to top)$/i,
];

/** Navigation trails and site menus: "European Politics > Baltics want ...", "Home | World | Europe". */
export const BREADCRUMB_PATTERNS: readonly RegExp[] = [
  /\s[>»›]\s/, // "Section > headline"
  /^(?:[^|]{1,30}\|){2,}[^|]{1,30}$/, // "Home | World | Europe"
];

/** A byline: "By Layla Guest", "By C. Todd Lopez , DOD News", "By JANE DOE and JOHN ROE". */
export const BYLINE_PATTERN = /^(?:By|BY)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|al|bin))*(?:\s*[,|–—-]\s*.{0,60})?$/u;
