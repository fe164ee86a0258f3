const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEASONS: Record<string, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', WI: 'Winter' };

/**
 * A date value as a reader says it, at its own precision: "2025-02-04" → "February 4, 2025",
 * "2025-03" → "March 2025" (never "March 1"), "2025-W06" → "Week 6, 2025", "2025-Q1" → "Q1 2025".
 */
export function formatDateValue(value: string): string {
  const [year, rest] = [value.slice(0, 4), value.slice(5)];
  if (!rest) return year;
  if (/^W\d{2}$/.test(rest)) return `Week ${Number(rest.slice(1))}, ${year}`;
  if (/^Q[1-4]$/.test(rest)) return `${rest} ${year}`;
  if (SEASONS[rest]) return `${SEASONS[rest]} ${year}`;
  const [month, day] = rest.split('-').map(Number);
  const monthName = MONTHS[month! - 1] ?? rest;
  return day ? `${monthName} ${day}, ${year}` : `${monthName} ${year}`;
}
