import { describe, expect, it } from 'vitest';
import { destinationText } from './destination-text';

describe('destinationText', () => {
  it('keeps the arrow and a short last word with their neighbours', () => {
    expect(destinationText('Interview room 1')).toBe('→\u00a0Interview room\u00a01');
    expect(destinationText('Desk 2')).toBe('→\u00a0Desk\u00a02');
  });

  it('leaves a long last word free to wrap', () => {
    expect(destinationText('Ground floor reception')).toBe('→\u00a0Ground floor reception');
  });
});
