import { randomUUID } from 'node:crypto';
import { AppError, isValidReference, localTimeOf, lostReferenceSlotOf, normaliseReference, serviceDayOf, type AppointmentCheckInRequest, type AppointmentCheckInResult, type Appointment } from '@reception/shared';
import { appointmentByVisit, appointmentsByReference, bookedByInitial, insertArrivalQuery } from '../../db/appointment-store.js';
import { hotQueries } from '../../db/hot-queries.js';
import { rowToVisit } from '../../db/visit-store.js';
import type { Store } from '../../db/connection.js';
import type { Change } from '../change.js';
import type { Deps } from '../context.js';
import { describeTicket } from '../check-in.js';
import { arrive, officerName } from './arrive.js';
import { firstNameOf } from '@reception/shared';

type Found = { appointment: Appointment } | { result: AppointmentCheckInResult; change?: Change };

/** Finds the appointment a kiosk visitor means, by reference or (lost it) by surname letter and time. */
function find(tx: Store, siteId: string, req: AppointmentCheckInRequest, now: number, timeZone: string): Found {
  const refused = (reason: Extract<AppointmentCheckInResult, { outcome: 'refused' }>['reason']): Found => ({ result: { outcome: 'refused', reason } });
  if (req.lookup.by === 'reference') {
    const reference = normaliseReference(req.lookup.reference);
    if (!isValidReference(reference)) return refused('unknown');
    const matches = appointmentsByReference(tx, reference);
    const here = matches.find((a) => a.siteId === siteId);
    if (here) return { appointment: here };
    return refused(matches.length > 0 ? 'other-site' : 'unknown');
  }
  const { initial, time } = req.lookup;
  const candidates = bookedByInitial(tx, siteId, serviceDayOf(now, timeZone), initial).filter((a) => lostReferenceSlotOf(localTimeOf(a.startsAt, timeZone)) === time);
  const only = candidates[0];
  if (candidates.length === 1 && only) return { appointment: only };
  if (candidates.length === 0) return refused('unknown');
  // Two bookings for "P at 10:30": reception confirms which, rather than the kiosk guessing.
  insertArrivalQuery(tx, { id: randomUUID(), siteId, at: now, initial: initial.toUpperCase(), time, candidateIds: candidates.map((a) => a.id), resolvedAt: null });
  return { result: { outcome: 'ask-staff' }, change: { siteId, events: [], visits: [], arrivalQueriesChanged: true } };
}

/**
 * "I have an appointment" at the kiosk. Idempotent on `requestId` like a walk-in check-in:
 * a kiosk that lost the answer and retries gets the same ticket back.
 */
export function kioskAppointmentCheckIn(deps: Deps, siteId: string, deviceId: string, req: AppointmentCheckInRequest): Promise<{ result: AppointmentCheckInResult; change: Change }> {
  return deps.batcher.submit((tx) => {
    const now = deps.clock.now();
    const { site } = deps.config.get(tx, siteId);
    const none: Change = { siteId, events: [], visits: [] };
    const row = hotQueries(deps.db).visitByRequestId.get({ requestId: req.requestId });
    if (row) {
      const visit = rowToVisit(row);
      if (visit.siteId !== siteId) throw new AppError('CONFLICT', 'That request id was already used at another site.');
      const ticket = describeTicket(deps, tx, visit, site.name, site.phone, false);
      const appt = visit.appointmentId ? appointmentByVisit(tx, visit.id) : null;
      if (!appt) return { result: { outcome: 'very-late', ticket, startsAt: visit.arrivedAt, graceMinutes: 0 }, change: none };
      return { result: { outcome: 'checked-in', ticket, officerFirstName: appt.anyOfficer ? null : firstNameOf(officerName(tx, appt.officerId)), startsAt: appt.startsAt, waitStartedAt: visit.waitStartedAt }, change: none };
    }
    const found = find(tx, siteId, req, now, site.timeZone);
    if ('result' in found) return { result: found.result, change: found.change ?? none };
    return arrive(deps, tx, found.appointment, { actorId: deviceId, requestId: req.requestId, language: req.language, needs: req.needs }, now);
  });
}
