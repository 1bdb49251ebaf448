/** Dates written to the precision the source gives them. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatPartialDate(value: string): string {
  const [year, month, day] = value.split('-');
  if (!year) throw new Error(`not a date: ${value}`);
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (month && !monthName) throw new Error(`not a month: ${value}`);
  if (day) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year;
}

/** Year of a partial date, for sorting and citations. */
export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}
