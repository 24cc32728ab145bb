import type { LanguageCode } from '@reception/shared';

/**
 * The kiosk's own languages, in the order the chooser offers them, each named in its own
 * language and script so a visitor can find theirs without reading any other.
 */
export const KIOSK_LANGUAGES: readonly { code: LanguageCode; autonym: string }[] = [
  { code: 'en', autonym: 'English' },
  { code: 'cy', autonym: 'Cymraeg' },
  { code: 'ar', autonym: 'العربية' },
  { code: 'zh', autonym: '简体中文' },
  { code: 'pl', autonym: 'Polski' },
  { code: 'pa', autonym: 'ਪੰਜਾਬੀ' },
];
