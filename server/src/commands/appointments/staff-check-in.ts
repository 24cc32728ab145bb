import { AppError, NO_NEEDS, type AppointmentCheckInResult, type StaffCheckInRequest } from '@reception/shared';
import type { StaffPrincipal } from '../../auth/principal.js';
import { getAppointment } from '../../db/appointment-store.js';
import type { Change } from '../change.js';
import type { Deps } from '../context.js';
import { arrive } from './arrive.js';

const REFUSED: Record<Extract<AppointmentCheckInResult, { outcome: 'refused' }>['reason'], string> = {
  unknown: 'No such appointment.',
  'other-day': 'That appointment is on another day.',
  'other-site': 'That appointment is at another site.',
  cancelled: 'That appointment was cancelled or rebooked.',
  'already-arrived': 'That visitor has already checked in.',
  'no-show': 'That appointment was marked a no-show.',
  closed: 'We are closed at the moment.',
};

/** Reception checks a visitor in by hand: no reference, or the kiosk found more than one booking. */
export function staffCheckIn(deps: Deps, actor: StaffPrincipal, req: StaffCheckInRequest): Promise<{ result: AppointmentCheckInResult; change: Change }> {
  return deps.batcher.submit((tx) => {
    const now = deps.clock.now();
    const appointment = getAppointment(tx, actor.siteId, req.appointmentId);
    const out = arrive(deps, tx, appointment, { actorId: actor.staffId, requestId: null, language: 'en', needs: NO_NEEDS }, now);
    if (out.result.outcome === 'refused') throw new AppError('CONFLICT', REFUSED[out.result.reason]);
    return out;
  });
}
