/**
 * Colour by event kind, from the Okabe-Ito palette (distinguishable with the common colour-vision
 * deficiencies). Kinds take colours in sorted order, so the same document always gets the same colours;
 * past eight kinds the colours repeat and the legend still names each kind.
 *
 * @example
 * kindColours(['meeting', 'statement']).get('statement') // '#0072B2'
 */
export const OKABE_ITO = ['#E69F00', '#0072B2', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#8C7A00', '#7F7F7F'] as const;

export function kindColours(kinds: readonly string[]): Map<string, string> {
  const sorted = [...new Set(kinds)].sort();
  return new Map(sorted.map((k, i) => [k, OKABE_ITO[i % OKABE_ITO.length]!] as const));
}

/** Chart colours per theme, shared by the SVG's scoped style and the canvas layer. */
export const THEME_COLOURS = {
  light: { bg: '#ffffff', fg: '#1a1a1a', muted: '#595959', grid: '#e4e4e4', lane: '#f6f7f9', cluster: '#5b6470', sel: '#111111', today: '#B34700' },
  dark: { bg: '#15171a', fg: '#eceff3', muted: '#a9b0b8', grid: '#2c3036', lane: '#1c1f23', cluster: '#aab3be', sel: '#ffffff', today: '#ff9a55' },
} as const;
export type ThemeColours = (typeof THEME_COLOURS)['light'] | (typeof THEME_COLOURS)['dark'];
