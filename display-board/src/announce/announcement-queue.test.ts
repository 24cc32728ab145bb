import { describe, expect, it } from 'vitest';
import { AnnouncementQueue } from './announcement-queue';
import { announcementText } from './announcement-text';

/** A perform step the test finishes by hand, to see what happens while one is playing. */
function controllablePerform() {
  const playing: Array<{ text: string; finish: () => void }> = [];
  const perform = (text: string) => new Promise<void>((resolve) => playing.push({ text, finish: resolve }));
  return { playing, perform };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('AnnouncementQueue', () => {
  it('announces calls one after another, never overlapping', async () => {
    const { playing, perform } = controllablePerform();
    const started: string[] = [];
    const queue = new AnnouncementQueue({ perform, onStart: (t) => started.push(t) });
    queue.enqueue('first');
    queue.enqueue('second');
    await tick();
    expect(started).toEqual(['first']);
    expect(playing).toHaveLength(1);
    playing[0]?.finish();
    await tick();
    expect(started).toEqual(['first', 'second']);
    playing[1]?.finish();
    await tick();
    expect(queue.busy).toBe(false);
  });

  it('reports each end before the next start, even when one fails', async () => {
    const { playing, perform } = controllablePerform();
    const steps: string[] = [];
    const failing = (t: string) => (t === 'bad' ? Promise.reject(new Error('no voice')) : perform(t));
    const queue = new AnnouncementQueue({ perform: failing, onStart: (t) => steps.push(`start ${t}`), onEnd: (t) => steps.push(`end ${t}`) });
    queue.enqueue('bad');
    queue.enqueue('good');
    await tick();
    expect(steps).toEqual(['start bad', 'end bad', 'start good']);
    playing[0]?.finish();
    await tick();
    expect(steps).toEqual(['start bad', 'end bad', 'start good', 'end good']);
  });

  it('carries on after an announcement fails', async () => {
    const started: string[] = [];
    const queue = new AnnouncementQueue({ perform: (t) => (t === 'bad' ? Promise.reject(new Error('no voice')) : Promise.resolve()), onStart: (t) => started.push(t) });
    queue.enqueue('bad');
    queue.enqueue('good');
    await tick();
    await tick();
    expect(started).toEqual(['bad', 'good']);
  });

  it('drops the oldest waiting calls after a burst, keeping the latest', async () => {
    const { playing, perform } = controllablePerform();
    const started: string[] = [];
    const queue = new AnnouncementQueue({ perform, onStart: (t) => started.push(t), maxPending: 2 });
    for (const t of ['a', 'b', 'c', 'd']) queue.enqueue(t);
    for (let i = 0; i < 3; i++) {
      await tick();
      playing[i]?.finish();
    }
    await tick();
    expect(started).toEqual(['a', 'c', 'd']);
  });
});

describe('announcementText', () => {
  it('spells the letters and reads the number', () => {
    expect(announcementText({ ticket: 'C014', destination: 'Desk 2' })).toBe('Ticket C 14, please go to Desk 2');
  });
});
