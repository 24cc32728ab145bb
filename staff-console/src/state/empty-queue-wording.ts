/**
 * Under "Call next" when it would call nobody. An arrived appointment waits for its own
 * officer, so the desk's services can have visitors waiting that this advisor cannot call;
 * saying "empty" beside a queue that shows them would be wrong.
 */
export function emptyQueueWording(heldForOthers: number): string {
  if (heldForOthers === 0) return 'The queue for your services is empty.';
  const appointments = heldForOthers === 1 ? '1 appointment waits' : `${heldForOthers} appointments wait`;
  return `Nobody for you to call: ${appointments} for ${heldForOthers === 1 ? 'its' : 'their'} own officer.`;
}
