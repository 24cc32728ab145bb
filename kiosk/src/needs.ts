import { NO_NEEDS, type Needs } from '@reception/shared';

/** The access needs a visitor can tap, in the order they are offered. Each is also its i18n key under `needs.`. */
export const NEED_KEYS = ['interpreter', 'bsl', 'hearingLoop', 'stepFree', 'largePrint', 'formHelp', 'privateRoom'] as const;
export type NeedKey = (typeof NEED_KEYS)[number];
export type YesNoNeed = Exclude<NeedKey, 'interpreter'>;

export const noNeeds = (): Needs => ({ ...NO_NEEDS });

export function isNeedOn(needs: Needs, key: NeedKey): boolean {
  return key === 'interpreter' ? needs.interpreter !== null : needs[key];
}

export function toggleNeed(needs: Needs, key: YesNoNeed): Needs {
  return { ...needs, [key]: !needs[key] };
}

/** The interpreter need records which language, not a yes/no; null takes it away. */
export function setInterpreter(needs: Needs, language: string | null): Needs {
  return { ...needs, interpreter: language };
}

export const chosenNeeds = (needs: Needs): NeedKey[] => NEED_KEYS.filter((k) => isNeedOn(needs, k));
