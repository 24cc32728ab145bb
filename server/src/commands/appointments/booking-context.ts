import { AppError, decideBooking, serviceDayOf, type Officer } from '@reception/shared';
import { getService, getSite } from '../../db/config-store.js';
import type { Store } from '../../db/connection.js';
import { appointmentsOnDay } from '../../db/appointment-store.js';
import { getAppointmentSettings, lengthFor, listOfficers } from '../../db/officer-store.js';

export interface SlotRequest {
  siteId: string;
  serviceId: string;
  officerId: string | null;
  startsAt: number;
  /** The appointment being moved, which must not clash with itself. */
  ignoreId?: string | null;
}

/**
 * Everything a booking is checked against, read inside the booking's own transaction so
 * two advisors booking the same officer at once cannot both succeed.
 */
export function checkSlot(tx: Store, req: SlotRequest, now: number): { officer: Officer; lengthMinutes: number; serviceDay: string } {
  const site = getSite(tx, req.siteId);
  const service = getService(tx, req.siteId, req.serviceId);
  if (!service.active) throw new AppError('CONFLICT', `${service.name} is not taking appointments at the moment.`);
  const lengthMinutes = lengthFor(getAppointmentSettings(tx, req.siteId), service.id);
  const serviceDay = serviceDayOf(req.startsAt, site.timeZone);
  const decision = decideBooking(
    {
      siteHours: site.openingHours,
      timeZone: site.timeZone,
      serviceId: service.id,
      slot: { startsAt: req.startsAt, lengthMinutes },
      officerId: req.officerId,
      officers: listOfficers(tx, req.siteId),
      existing: appointmentsOnDay(tx, req.siteId, serviceDay),
      ignoreId: req.ignoreId ?? null,
    },
    now,
  );
  if (!decision.ok) throw new AppError('CONFLICT', decision.reason);
  return { officer: decision.officer, lengthMinutes, serviceDay };
}
