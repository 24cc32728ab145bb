import { NO_NEEDS, type LanguageCode, type Needs } from '@reception/shared';

/** The access needs a visitor can tap, in the order they are offered. Each is also its i18n key under `needs.`. */
export const NEED_KEYS = ['interpreter', 'bsl', 'hearingLoop', 'stepFree', 'largePrint', 'formHelp', 'privateRoom'] as const;
export type NeedKey = (typeof NEED_KEYS)[number];

export const noNeeds = (): Needs => ({ ...NO_NEEDS });

export function isNeedOn(needs: Needs, key: NeedKey): boolean {
  return key === 'interpreter' ? needs.interpreter !== null : needs[key];
}

/**
 * The interpreter need records a language, not a yes/no: for now the language the
 * visitor is using the kiosk in (a language picker is planned).
 */
export function toggleNeed(needs: Needs, key: NeedKey, language: LanguageCode): Needs {
  if (key === 'interpreter') return { ...needs, interpreter: needs.interpreter === null ? language : null };
  return { ...needs, [key]: !needs[key] };
}

export const chosenNeeds = (needs: Needs): NeedKey[] => NEED_KEYS.filter((k) => isNeedOn(needs, k));
