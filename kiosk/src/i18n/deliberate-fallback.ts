/**
 * English keys that are left untranslated on purpose, each with the reason. Anything
 * else missing from a language file is a bug, and the unit test says so.
 */
export const DELIBERATE_FALLBACK: Readonly<Record<string, string>> = {
  'app.unpairedStaffHint':
    'Read by the staff member pairing the kiosk, who works in English; the kiosk cannot have been switched to another language before it is paired.',
};
