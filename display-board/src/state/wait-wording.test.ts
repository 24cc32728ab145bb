import { describe, expect, it } from 'vitest';
import { expectedWaitText, LONG_WAIT_TEXT } from './wait-wording';

describe('expectedWaitText', () => {
  it('quotes minutes under an hour as they are', () => {
    expect(expectedWaitText(1)).toBe('About 1 min wait');
    expect(expectedWaitText(5)).toBe('About 5 min wait');
    expect(expectedWaitText(16)).toBe('About 16 min wait');
    expect(expectedWaitText(59)).toBe('About 59 min wait');
  });

  it('says "No wait" when a visitor would be seen straight away', () => {
    expect(expectedWaitText(0)).toBe('No wait');
  });

  it('quotes an hour or more in hours and minutes, to the nearest ten minutes', () => {
    expect(expectedWaitText(60)).toBe('About 1 hour wait');
    expect(expectedWaitText(64)).toBe('About 1 hour wait');
    expect(expectedWaitText(65)).toBe('About 1 hour 10 min wait');
    expect(expectedWaitText(70)).toBe('About 1 hour 10 min wait');
    expect(expectedWaitText(114)).toBe('About 1 hour 50 min wait');
    expect(expectedWaitText(116)).toBe('About 2 hours wait');
    expect(expectedWaitText(150)).toBe('About 2 hours 30 min wait');
    expect(expectedWaitText(180)).toBe('About 3 hours wait');
  });

  it('never rounds a wait under an hour up into hours, or one over three hours down', () => {
    expect(expectedWaitText(59)).not.toMatch(/hour/);
    expect(expectedWaitText(181)).toBe(LONG_WAIT_TEXT);
  });

  it('asks visitors facing more than three hours to speak to reception', () => {
    expect(expectedWaitText(181)).toBe('Long wait — please ask at reception');
    expect(expectedWaitText(600)).toBe(LONG_WAIT_TEXT);
  });
});
