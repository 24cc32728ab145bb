import type { LanguageCode, Needs, Outcome, Visit, VisitKind } from '@reception/shared';

const englishNames = new Intl.DisplayNames(['en-GB'], { type: 'language' });

/** English names, because the console is used by staff; the kiosk speaks the visitor's language. */
export function languageName(code: string): string {
  return englishNames.of(code) ?? code;
}

export const KIND_LABELS: Record<VisitKind, string> = {
  'walk-in': 'Walk-in',
  appointment: 'Appointment',
};

/** A referred walk-in is on the second clock, waiting for an officer rather than the enquiry desk. */
export function kindLabel(visit: Pick<Visit, 'kind' | 'stage'>): string {
  return visit.stage === 'officer' ? 'Walk-in, for officer' : KIND_LABELS[visit.kind];
}

/** Reports group by these, so the advisor picks one deliberately rather than accepting a default. */
export const OUTCOME_LABELS: Record<Outcome, string> = {
  resolved: 'Resolved',
  'information-given': 'Information given',
  'appointment-booked': 'Appointment booked',
  'referred-elsewhere': 'Referred elsewhere',
  'unable-to-help': 'Unable to help',
};

/** Short tags an advisor can take in at a glance, in a fixed order so rows line up. */
export function needTags(needs: Needs): string[] {
  const tags: string[] = [];
  if (needs.interpreter) tags.push(`Interpreter (${languageName(needs.interpreter)})`);
  if (needs.bsl) tags.push('BSL');
  if (needs.hearingLoop) tags.push('Hearing loop');
  if (needs.stepFree) tags.push('Step-free');
  if (needs.largePrint) tags.push('Large print');
  if (needs.formHelp) tags.push('Form help');
  if (needs.privateRoom) tags.push('Private room');
  return tags;
}

/** Empty for English, which is the default and would only add noise to every row. */
export function languageNote(language: LanguageCode): string {
  return language === 'en' ? '' : languageName(language);
}
