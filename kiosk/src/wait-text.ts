/**
 * "About 352 minutes" means little to anyone; past an hour the wait is given in whole
 * hours. Returns which message to use and the count to give it.
 */
export function waitUnit(minutes: number): { unit: 'minutes' | 'hours'; count: number } {
  return minutes < 60 ? { unit: 'minutes', count: minutes } : { unit: 'hours', count: Math.round(minutes / 60) };
}
