/** Spelled-out numbers and magnitude words. */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

export const MAGNITUDES: Record<string, number> = {
  dozen: 12, hundred: 1e2, thousand: 1e3, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bln: 1e9,
  bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};

/** "thousands of troops": plural magnitudes used as vague lower bounds. */
export const VAGUE_MAGNITUDES: Record<string, number> = {
  dozens: 24, hundreds: 100, thousands: 1e3, 'tens of thousands': 1e4,
  'hundreds of thousands': 1e5, millions: 1e6, 'tens of millions': 1e7,
  'hundreds of millions': 1e8, billions: 1e9, trillions: 1e12,
};
