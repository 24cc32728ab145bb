import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { capitalise, languageName } from '../i18n/locale-names';
import { interpreterAutonym } from '../interpreter-languages';

/** An interpreter language's name for the visitor, e.g. "Polish". */
export function useLanguageName(): (code: string) => string {
  // Subscribes the caller to language changes, so the names follow the visitor's choice.
  useTranslation();
  const ui = currentLanguage();
  return (code) => capitalise(languageName(code, ui), ui);
}

/**
 * The language's own name beside the visitor's name for it ("Polish (Polski)"), so staff
 * and visitor both recognise it; left out when the two are the same.
 */
export function Autonym({ code, shownName, inBrackets = false }: { code: string; shownName: string; inBrackets?: boolean }) {
  const autonym = interpreterAutonym(code);
  if (!autonym || autonym.toLocaleLowerCase() === shownName.toLocaleLowerCase()) return null;
  const own = (
    <span className="autonym" lang={code} dir="auto">
      {autonym}
    </span>
  );
  return inBrackets ? <span className="autonym-aside">({own})</span> : own;
}
