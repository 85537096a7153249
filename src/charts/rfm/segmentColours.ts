/**
 * One colour per RFM segment, by meaning: greens for the best, blue-greens for the new and
 * promising, warm colours from "needs attention" to "can't lose", greys for the gone; the eight
 * classes in blues (important) and lighter blues (general) with orange for those to win back.
 * A user's own segment takes a colour from a categorical ring by its place.
 */
const BY_CODE: Record<string, string> = {
  champions: '#1b7837',
  loyal: '#4dac26',
  'potential-loyalist': '#a6d96a',
  new: '#35978f',
  promising: '#80cdc1',
  'need-attention': '#fdb863',
  'about-to-sleep': '#e08214',
  'at-risk': '#d6604d',
  'cant-lose': '#b2182b',
  hibernating: '#8c8fa8',
  lost: '#6b6b6b',
  others: '#c7c7c7',
  'not-yet': '#e2e2e2',
  'important-value': '#08519c',
  'important-development': '#3182bd',
  'important-retention': '#6baed6',
  'important-winback': '#e6550d',
  'general-value': '#9ecae1',
  'general-development': '#c6dbef',
  'general-retention': '#bdbdbd',
  'general-winback': '#fdae6b',
};
const RING = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f'];

export function segmentColour(code: string, place: number): string {
  return BY_CODE[code] ?? RING[place % RING.length];
}
