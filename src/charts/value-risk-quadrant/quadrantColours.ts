/** One colour per quadrant (QUADRANT_CODES order): retain now red, maintain cheaply blue, grow green, let go grey. */
export const QUADRANT_COLOURS = ['#c23b22', '#2f6db5', '#2a8f4f', '#8b9099'] as const;
