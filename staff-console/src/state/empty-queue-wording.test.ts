import { describe, expect, it } from 'vitest';
import { emptyQueueWording } from './empty-queue-wording.js';

describe('what an advisor with nobody to call is told', () => {
  it('says the queue is empty only when nobody waits for the desk’s services', () => {
    expect(emptyQueueWording(0)).toBe('The queue for your services is empty.');
  });

  it('says why appointments in the desk’s services are not theirs to call', () => {
    expect(emptyQueueWording(1)).toBe('Nobody for you to call: 1 appointment waits for its own officer.');
    expect(emptyQueueWording(3)).toBe('Nobody for you to call: 3 appointments wait for their own officer.');
  });
});
