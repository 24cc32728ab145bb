import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LanguageCode } from '@reception/shared';
import { untranslatedKeys, type Messages } from './catalogue';
import { DELIBERATE_FALLBACK } from './deliberate-fallback';
import ar from './ar.json';
import cy from './cy.json';
import en from './en.json';
import pa from './pa.json';
import pl from './pl.json';
import zh from './zh.json';

/**
 * Visitor-facing text. One JSON file per language, keyed by the same LanguageCode the
 * server stores on a visit. English is complete; any string another file lacks is shown
 * in English (never as its key) and logged, so a gap is visible to whoever reads the logs.
 */
export const resources = {
  en: { translation: en },
  cy: { translation: cy },
  ar: { translation: ar },
  zh: { translation: zh },
  pl: { translation: pl },
  pa: { translation: pa },
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
  returnEmptyString: false,
  // A key missing even in English: log it, and show nothing rather than the key itself.
  saveMissing: true,
  missingKeyHandler: (lngs, _ns, key) => console.error(`[i18n] no text for "${key}" in ${lngs.join(', ')} or English`),
  parseMissingKeyHandler: () => '',
});

// i18next falls back silently, so the gaps are worked out once here and logged.
for (const code of LanguageCode.options) {
  if (code === 'en') continue;
  const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  const gaps = untranslatedKeys(en as Messages, resources[code].translation as Messages, categories).filter((k) => !(k in DELIBERATE_FALLBACK));
  if (gaps.length > 0) console.warn(`[i18n] ${code} falls back to English for: ${gaps.join(', ')}`);
}

// Arabic is right-to-left: the page direction and language follow the visitor's choice.
function applyDocumentLanguage(lng: string): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = i18n.dir(lng);
  document.title = i18n.t('app.title');
}
applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', applyDocumentLanguage);

/** The language to record on a check-in: whatever the kiosk is showing now. */
export function currentLanguage(): LanguageCode {
  const parsed = LanguageCode.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return parsed.success ? parsed.data : 'en';
}

export default i18n;
