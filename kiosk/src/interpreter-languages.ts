import type { LanguageCode } from '@reception/shared';

/**
 * The spoken languages UK councils are most often asked to interpret, roughly most asked
 * first, each with its name in its own language and script so a visitor who cannot read
 * the kiosk's language can still find theirs. Codes are what `Needs.interpreter` stores.
 */
export const INTERPRETER_LANGUAGES: readonly { code: string; autonym: string }[] = [
  { code: 'pl', autonym: 'Polski' },
  { code: 'ro', autonym: 'Română' },
  { code: 'ur', autonym: 'اردو' },
  { code: 'pa', autonym: 'ਪੰਜਾਬੀ' },
  { code: 'bn', autonym: 'বাংলা' },
  { code: 'ar', autonym: 'العربية' },
  { code: 'gu', autonym: 'ગુજરાતી' },
  { code: 'pt', autonym: 'Português' },
  { code: 'lt', autonym: 'Lietuvių' },
  { code: 'so', autonym: 'Soomaali' },
  // Mandarin is what councils book; 'zh' is the code the rest of the system knows it by.
  { code: 'zh', autonym: '普通话' },
  { code: 'ta', autonym: 'தமிழ்' },
  { code: 'tr', autonym: 'Türkçe' },
  { code: 'ku', autonym: 'Kurdî / کوردی' },
  { code: 'fa', autonym: 'فارسی' },
  { code: 'uk', autonym: 'Українська' },
  { code: 'ps', autonym: 'پښتو' },
  { code: 'ti', autonym: 'ትግርኛ' },
];

const WELSH = { code: 'cy', autonym: 'Cymraeg' };

/**
 * What the picker offers: the language the visitor chose for the kiosk first (an English
 * interpreter is never what an English reader wants), then the common list without it.
 */
export function interpreterChoices(kioskLanguage: LanguageCode): { code: string; autonym: string }[] {
  const first = kioskLanguage === 'cy' ? WELSH : INTERPRETER_LANGUAGES.find((l) => l.code === kioskLanguage);
  const rest = INTERPRETER_LANGUAGES.filter((l) => l.code !== kioskLanguage);
  return first ? [first, ...rest] : rest;
}

export function interpreterAutonym(code: string): string | undefined {
  return code === WELSH.code ? WELSH.autonym : INTERPRETER_LANGUAGES.find((l) => l.code === code)?.autonym;
}

