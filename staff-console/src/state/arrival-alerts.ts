import type { ArrivalAlert, StaffSnapshot } from '@reception/shared';

/**
 * The arrival alerts an officer should see now: the ones pushed to this console while it was
 * open, and — so a reload or a second console does not lose them — every arrived appointment
 * of theirs still waiting in the snapshot. Dismissed and called visitors drop out.
 */
export function standingArrivalAlerts(snapshot: StaffSnapshot, pushed: readonly ArrivalAlert[], dismissed: ReadonlySet<string>): ArrivalAlert[] {
  const waiting = new Map(snapshot.visits.filter((v) => v.status === 'waiting').map((v) => [v.id, v]));
  const byVisit = new Map<string, ArrivalAlert>();
  for (const appointment of snapshot.appointments) {
    if (appointment.status !== 'arrived' || appointment.officerId !== snapshot.me.id || !appointment.visitId) continue;
    const visit = waiting.get(appointment.visitId);
    if (visit) byVisit.set(visit.id, { appointment, visitId: visit.id, ticket: visit.ticket, at: visit.arrivedAt, reassigned: false });
  }
  // A pushed alert knows more (whether it was handed over), so it wins, but only while it is
  // still this officer's: a visit handed on to someone else leaves the officer's alerts.
  for (const alert of pushed) {
    const current = snapshot.appointments.find((a) => a.id === alert.appointment.id);
    if (current && current.officerId !== snapshot.me.id) continue;
    if (!waiting.has(alert.visitId) && snapshot.visits.some((v) => v.id === alert.visitId)) continue;
    byVisit.set(alert.visitId, alert);
  }
  return [...byVisit.values()].filter((a) => !dismissed.has(a.visitId)).sort((a, b) => a.at - b.at);
}
