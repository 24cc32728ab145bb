/**
 * Beyond this a forecast is too uncertain to quote, and anyone facing it should be
 * offered an appointment instead of being left to sit it out.
 */
export const LONG_WAIT_MINUTES = 180;

export const LONG_WAIT_TEXT = 'Long wait — please ask at reception';

/**
 * Forecasts past an hour are rough; "1 hour 7 min" would claim a precision the
 * forecast does not have, so hours are quoted to the nearest ten minutes.
 */
const HOUR_ROUNDING_MINUTES = 10;

function hoursAndMinutes(total: number): string {
  const rounded = Math.round(total / HOUR_ROUNDING_MINUTES) * HOUR_ROUNDING_MINUTES;
  const hours = Math.floor(rounded / 60);
  const minutes = rounded % 60;
  const hourPart = `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  return minutes === 0 ? hourPart : `${hourPart} ${minutes} min`;
}

/** The expected wait in words a visitor reads at a glance: "About 5 min wait", "About 1 hour 10 min wait". */
export function expectedWaitText(minutes: number): string {
  if (minutes <= 0) return 'No wait';
  if (minutes > LONG_WAIT_MINUTES) return LONG_WAIT_TEXT;
  if (minutes < 60) return `About ${Math.ceil(minutes)} min wait`;
  return `About ${hoursAndMinutes(minutes)} wait`;
}
