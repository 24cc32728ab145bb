import { isNoShowDue, officerUnavailability, type Appointment, type AppointmentEvent, type OfficerUnavailability, type Visit } from '@reception/shared';
import type { Store } from '../../db/connection.js';
import { appendAppointmentEvent, bookedStartedBefore, openArrivalQueries, updateAppointment } from '../../db/appointment-store.js';
import { listDeskSessions } from '../../db/config-store.js';
import { awayOfficers, getAppointmentSettings } from '../../db/officer-store.js';
import { appointments, arrivalQueries } from '../../db/schema.js';
import { and, eq, inArray } from 'drizzle-orm';

/** Appointments whose grace period has ended with nobody checked in become no-shows, each recorded. */
export function markNoShows(tx: Store, siteId: string, now: number): { appointments: Appointment[]; events: AppointmentEvent[] } {
  const { graceMinutes } = getAppointmentSettings(tx, siteId);
  const due = bookedStartedBefore(tx, siteId, now - graceMinutes * 60_000).filter((a) => isNoShowDue(a, now, graceMinutes));
  const events: AppointmentEvent[] = [];
  const missed = due.map((a) => {
    const after: Appointment = { ...a, status: 'no-show' };
    updateAppointment(tx, after);
    const event: AppointmentEvent = { type: 'appointment-no-show', appointmentId: a.id, siteId, serviceId: a.serviceId, at: now, actorId: null, startsAt: a.startsAt };
    appendAppointmentEvent(tx, event, null);
    events.push(event);
    return after;
  });
  return { appointments: missed, events };
}

/**
 * For each waiting appointment visit, whether its officer can see them: at a desk, not
 * away, and not still busy with another visitor.
 */
export function officerPresence(tx: Store, siteId: string, active: readonly Visit[]): (visit: Visit) => OfficerUnavailability | null {
  const waiting = active.filter((v) => v.appointmentId !== null && v.status === 'waiting');
  if (waiting.length === 0) return () => null;
  const ids = waiting.map((v) => v.appointmentId!);
  const officerOf = new Map(
    tx
      .select({ id: appointments.id, officerId: appointments.officerId })
      .from(appointments)
      .where(and(eq(appointments.siteId, siteId), inArray(appointments.id, ids)))
      .all()
      .map((r) => [r.id, r.officerId]),
  );
  const atDesk = new Set(listDeskSessions(tx, siteId).map((s) => s.staffId));
  const away = awayOfficers(tx, siteId);
  return (visit) => {
    const officerId = visit.appointmentId ? officerOf.get(visit.appointmentId) : undefined;
    if (!officerId || visit.status !== 'waiting') return null;
    const busyWithOther = active.some((v) => v.id !== visit.id && v.staffId === officerId && (v.status === 'called' || v.status === 'serving'));
    return officerUnavailability({ atDesk: atDesk.has(officerId), away: away.has(officerId), busyWithOther });
  };
}

/**
 * A kiosk query that no booking can answer any more (each candidate checked in, missed or
 * cancelled) is settled, so reception is not left a question nobody is waiting on.
 */
export function settleStaleArrivalQueries(tx: Store, siteId: string, now: number): boolean {
  const open = openArrivalQueries(tx, siteId);
  if (open.length === 0) return false;
  const ids = [...new Set(open.flatMap((q) => q.candidateIds))];
  const booked = new Set(
    tx
      .select({ id: appointments.id })
      .from(appointments)
      .where(and(inArray(appointments.id, ids), eq(appointments.status, 'booked')))
      .all()
      .map((r) => r.id),
  );
  const stale = open.filter((q) => !q.candidateIds.some((id) => booked.has(id)));
  for (const q of stale) tx.update(arrivalQueries).set({ resolvedAt: now }).where(eq(arrivalQueries.id, q.id)).run();
  return stale.length > 0;
}
