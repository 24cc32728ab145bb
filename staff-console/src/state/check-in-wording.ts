import type { AppointmentCheckInResult, AppointmentRefusal } from '@reception/shared';

const REFUSED: Record<AppointmentRefusal, string> = {
  unknown: 'No such booking.',
  'other-day': 'That booking is for another day.',
  'other-site': 'That booking is at another site.',
  cancelled: 'That booking was cancelled.',
  'already-arrived': 'That visitor is already checked in.',
  'no-show': 'That booking was marked as a no-show.',
  closed: 'The site is closed, so nobody can be checked in.',
};

/**
 * What staff who checked a visitor in at reception must tell them: the ticket the display
 * board will call, since the visitor did not get one from the kiosk.
 */
export function staffCheckInMessage(visitorName: string, result: AppointmentCheckInResult): { tone: 'done' | 'refused'; text: string } {
  switch (result.outcome) {
    case 'checked-in':
      return { tone: 'done', text: `${visitorName} is checked in with ticket ${result.ticket.ticket}. Tell them their ticket number: the display board will call it.` };
    case 'very-late':
      return {
        tone: 'done',
        text: `${visitorName} arrived more than ${result.graceMinutes} minutes late, so they have a walk-in ticket, ${result.ticket.ticket}, instead. Tell them their ticket number and that they will be seen as a walk-in.`,
      };
    case 'ask-staff':
      return { tone: 'refused', text: `${visitorName} could not be checked in: more than one booking matched.` };
    case 'refused':
      return { tone: 'refused', text: `${visitorName} could not be checked in. ${REFUSED[result.reason]}` };
  }
}
