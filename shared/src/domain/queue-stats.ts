import type { DeskSession } from '../schemas/site.js';
import type { Visit } from '../schemas/visit.js';
import type { ServiceStats } from '../schemas/views.js';

/** Used until a service has history of its own. */
export const DEFAULT_SERVICE_MINUTES = 8;

/**
 * Waiting counts and the expected wait for someone joining each queue now:
 * everyone ahead shared among the desks that serve the service. A desk serving
 * several services counts as a fraction of a server for each.
 */
export function queueStats(
  serviceIds: readonly string[],
  visits: Iterable<Visit>,
  deskSessions: readonly DeskSession[],
  serviceMinutes: (serviceId: string) => number = () => DEFAULT_SERVICE_MINUTES,
): ServiceStats[] {
  const waiting = new Map<string, number>(serviceIds.map((id) => [id, 0]));
  for (const v of visits) if (v.status === 'waiting') waiting.set(v.serviceId, (waiting.get(v.serviceId) ?? 0) + 1);
  return serviceIds.map((serviceId) => {
    const capacity = deskSessions.reduce((sum, s) => (s.serviceIds.includes(serviceId) ? sum + 1 / s.serviceIds.length : sum), 0);
    const count = waiting.get(serviceId) ?? 0;
    const expectedWaitMinutes = capacity > 0 ? Math.round((count * serviceMinutes(serviceId)) / capacity) : null;
    return { serviceId, waiting: count, expectedWaitMinutes };
  });
}

/** 1-based place in the queue of a service, in call order. */
export function positionInQueue(visit: Visit, orderedWaiting: readonly Visit[]): number {
  const index = orderedWaiting.findIndex((v) => v.id === visit.id);
  return index === -1 ? orderedWaiting.length + 1 : index + 1;
}
