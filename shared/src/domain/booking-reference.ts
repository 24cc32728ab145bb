/**
 * Booking references are read aloud over a counter and typed on a touchscreen, so the
 * alphabet leaves out every character that is easily mistaken for another: 0/O/Q, 1/I/L,
 * 5/S, 2/Z, 8/B, 6/G, U/V. Six characters from the remaining 20 give 64 million
 * references per site, shown as two groups of three ("KMR 47X").
 */
export const REFERENCE_ALPHABET = 'ACDEFHJKMNPRTWXY3479';
export const REFERENCE_LENGTH = 6;

/** A reference from `randomIndex`, which must return an integer in [0, max): the server passes `crypto.randomInt`. */
export function makeReference(randomIndex: (max: number) => number): string {
  let out = '';
  for (let i = 0; i < REFERENCE_LENGTH; i++) {
    const n = randomIndex(REFERENCE_ALPHABET.length);
    if (!Number.isInteger(n) || n < 0 || n >= REFERENCE_ALPHABET.length) throw new RangeError(`random index out of range: ${n}`);
    out += REFERENCE_ALPHABET[n]!;
  }
  return out;
}

/**
 * A new reference not in `taken`. Collisions are rare (one in millions while a site has
 * few bookings) but possible, so it draws again; a bounded number of tries keeps a broken
 * random source from looping forever.
 */
export function uniqueReference(isTaken: (reference: string) => boolean, randomIndex: (max: number) => number, maxTries = 20): string {
  for (let i = 0; i < maxTries; i++) {
    const candidate = makeReference(randomIndex);
    if (!isTaken(candidate)) return candidate;
  }
  throw new Error(`no free booking reference after ${maxTries} tries`);
}

/** What the visitor typed, as stored: capitals, without spaces or dashes. */
export function normaliseReference(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}

export function isValidReference(reference: string): boolean {
  return reference.length === REFERENCE_LENGTH && [...reference].every((c) => REFERENCE_ALPHABET.includes(c));
}

/** "KMR47X" → "KMR 47X", for the printed confirmation and the console. */
export function formatReference(reference: string): string {
  return reference.length === REFERENCE_LENGTH ? `${reference.slice(0, 3)} ${reference.slice(3)}` : reference;
}
