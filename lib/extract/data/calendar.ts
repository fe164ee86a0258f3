/** Season and part-of-day words, as TimeML codes (month and weekday names: lib/calendar). */
/** TimeML season codes. */
export const SEASONS: Record<string, string> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
};

/** TimeML part-of-day codes. */
export const DAY_PARTS: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI',
};
