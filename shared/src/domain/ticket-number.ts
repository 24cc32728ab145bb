/** "C" + 14 → "C014". Numbers past 999 grow a digit rather than wrap, so none repeats in a day. */
export function formatTicket(prefix: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`ticket sequence must be a positive integer, got ${sequence}`);
  return `${prefix}${String(sequence).padStart(3, '0')}`;
}
