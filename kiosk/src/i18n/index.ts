import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LanguageCode } from '@reception/shared';
import en from './en.json';

/**
 * Visitor-facing text. One JSON file per language, keyed by the same LanguageCode the
 * server stores on a visit: adding Welsh, Arabic, Chinese, Polish or Punjabi is a new
 * file plus one line in `resources`. Every other language falls back to English text
 * for any message it has not translated yet.
 */
export const resources = {
  en: { translation: en },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['en'];
  }
}

void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: LanguageCode.options,
  // React escapes output already.
  interpolation: { escapeValue: false },
});

// Arabic is right-to-left: the page direction and language follow the visitor's choice.
function applyDocumentLanguage(lng: string): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = i18n.dir(lng);
}
applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', applyDocumentLanguage);

/** The language to record on a check-in: whatever the kiosk is showing now. */
export function currentLanguage(): LanguageCode {
  const parsed = LanguageCode.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return parsed.success ? parsed.data : 'en';
}

export default i18n;
