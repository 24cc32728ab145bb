/**
 * "→ Interview room 1" with the arrow glued to the first word and a short last word
 * glued to the one before, so a wrapped destination never strands "→" or "1" on a
 * line of its own.
 */
export function destinationText(destination: string): string {
  return `→\u00a0${destination.replace(/ (\S{1,3})$/, '\u00a0$1')}`;
}
