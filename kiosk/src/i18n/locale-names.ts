import type { LanguageCode } from '@reception/shared';

/*
 * Chromium ships a trimmed ICU: it has no Welsh locale data at all (Intl answers in
 * English) and only a sliver of Punjabi (most language names come back as bare codes, and
 * weekdays as "Mon"). Those two get their names from here; every other kiosk language uses
 * Intl. The names follow CLDR.
 */

const NAMES_INTL_LACKS: Partial<Record<LanguageCode, Readonly<Record<string, string>>>> = {
  cy: {
    ar: 'Arabeg', bn: 'Bengaleg', cy: 'Cymraeg', en: 'Saesneg', fa: 'Perseg', gu: 'Gwjarati', ku: 'Cwrdeg', lt: 'Lithwaneg', pa: 'Pwnjabeg',
    pl: 'Pwyleg', ps: 'Pashto', pt: 'Portiwgaleg', ro: 'Rwmaneg', so: 'Somaleg', ta: 'Tamileg', ti: 'Tigrinya', tr: 'Tyrceg', uk: 'Wcreineg',
    ur: 'Wrdw', zh: 'Tsieinëeg',
  },
  pa: {
    ar: 'ਅਰਬੀ', bn: 'ਬੰਗਾਲੀ', cy: 'ਵੈਲਸ਼', en: 'ਅੰਗਰੇਜ਼ੀ', fa: 'ਫ਼ਾਰਸੀ', gu: 'ਗੁਜਰਾਤੀ', ku: 'ਕੁਰਦਿਸ਼', lt: 'ਲਿਥੁਆਨੀਅਨ', pa: 'ਪੰਜਾਬੀ',
    pl: 'ਪੋਲੈਂਡੀ', ps: 'ਪਸ਼ਤੋ', pt: 'ਪੁਰਤਗਾਲੀ', ro: 'ਰੋਮਾਨੀਆਈ', so: 'ਸੋਮਾਲੀ', ta: 'ਤਮਿਲ', ti: 'ਤਿਗ੍ਰੀਨਿਆ', tr: 'ਤੁਰਕੀ', uk: 'ਯੂਕਰੇਨੀਆਈ',
    ur: 'ਉਰਦੂ', zh: 'ਚੀਨੀ',
  },
};

/** Monday first, as the site's opening hours are. */
const WEEKDAYS_INTL_LACKS: Partial<Record<LanguageCode, readonly string[]>> = {
  cy: ['Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn', 'Dydd Sul'],
  pa: ['ਸੋਮਵਾਰ', 'ਮੰਗਲਵਾਰ', 'ਬੁੱਧਵਾਰ', 'ਵੀਰਵਾਰ', 'ਸ਼ੁੱਕਰਵਾਰ', 'ਸ਼ਨਿੱਚਰਵਾਰ', 'ਐਤਵਾਰ'],
};

/** A language's name in the visitor's language, e.g. "pl" for an Arabic reader: "البولندية". */
export function languageName(code: string, inLanguage: LanguageCode): string {
  const known = NAMES_INTL_LACKS[inLanguage]?.[code];
  if (known) return known;
  return new Intl.DisplayNames([inLanguage, 'en'], { type: 'language', fallback: 'none' }).of(code) ?? code;
}

/** The day's name in the visitor's language; 0 = Monday. */
export function weekdayName(mondayFirstIndex: number, inLanguage: LanguageCode): string {
  const known = WEEKDAYS_INTL_LACKS[inLanguage]?.[mondayFirstIndex];
  if (known) return known;
  // 1 January 2024 was a Monday; UTC so the machine's own zone cannot shift the day.
  return new Intl.DateTimeFormat(inLanguage, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + mondayFirstIndex));
}

/** For a label standing on its own: "poniedziałek" becomes "Poniedziałek"; scripts without case are unchanged. */
export function capitalise(text: string, inLanguage: LanguageCode): string {
  return text.charAt(0).toLocaleUpperCase(inLanguage) + text.slice(1);
}
