const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-02-04" → "February 4, 2025"; partial values keep their precision ("2025-03" → "March 2025"). */
export function formatIsoDate(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!month) return String(year);
  const monthName = MONTHS[month - 1];
  return day ? `${monthName} ${day}, ${year}` : `${monthName} ${year}`;
}
