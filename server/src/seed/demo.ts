import { eq } from 'drizzle-orm';
import { ALWAYS_OPEN, DEFAULT_STANDARDS } from '@reception/shared';
import { hashPassword, hashToken } from '../auth/password.js';
import type { Db } from '../db/connection.js';
import { appointmentSettings, desks, devices, officers, rooms, services, sites, staff, standardsProfiles } from '../db/schema.js';

/** The demo site's fixed ids and credentials, also listed in the README. Never use these in a real deployment. */
export const DEMO = {
  siteId: 'civic-centre',
  password: 'demo-pass-2026',
  kioskToken: 'demo-kiosk-token',
  displayToken: 'demo-display-token',
  services: [
    { id: 'council-tax', name: 'Council Tax', prefix: 'C' },
    { id: 'housing', name: 'Housing', prefix: 'H' },
    { id: 'benefits', name: 'Benefits', prefix: 'B' },
    { id: 'planning', name: 'Planning and Building Control', prefix: 'P' },
    { id: 'general', name: 'General enquiries', prefix: 'G' },
  ],
  desks: ['Desk 1', 'Desk 2', 'Desk 3', 'Desk 4'],
  rooms: [
    { id: 'room-1', name: 'Interview room 1', panicButton: true, secure: true },
    { id: 'room-2', name: 'Interview room 2', panicButton: true, secure: false },
  ],
  staff: [
    { id: 'staff-advisor', username: 'advisor', name: 'Sam Patel', role: 'advisor' },
    { id: 'staff-advisor2', username: 'advisor2', name: 'Alex Jones', role: 'advisor' },
    { id: 'staff-manager', username: 'manager', name: 'Morgan Reid', role: 'manager' },
    { id: 'staff-admin', username: 'admin', name: 'Jordan Ellis', role: 'admin' },
  ],
  /** Who takes appointments, for which services; the demo site's officers work whenever it is open. */
  officers: [
    { staffId: 'staff-advisor', serviceIds: ['council-tax', 'housing', 'benefits'] },
    { staffId: 'staff-advisor2', serviceIds: ['council-tax', 'housing', 'benefits', 'planning', 'general'] },
  ],
} as const;

/** Creates the demo site once; does nothing if it already exists. */
export async function seedDemo(db: Db, now: number): Promise<void> {
  if (db.select().from(sites).where(eq(sites.id, DEMO.siteId)).get()) return;
  const passwordHash = await hashPassword(DEMO.password);
  db.transaction((tx) => {
    tx.insert(sites).values({ id: DEMO.siteId, name: 'Civic Centre Customer Service', timeZone: 'Europe/London', phone: '01234 567890', recallsBeforeNoShow: 2, standardsVersion: 1, openingHours: ALWAYS_OPEN }).run();
    const { walkInMinutes, officerMinutes, appointmentMinutes, promptLeadMinutes } = DEFAULT_STANDARDS;
    tx.insert(standardsProfiles).values({ siteId: DEMO.siteId, version: 1, walkInMinutes, officerMinutes, appointmentMinutes, promptLeadMinutes, createdAt: now }).run();
    DEMO.services.forEach((s, i) => tx.insert(services).values({ ...s, siteId: DEMO.siteId, active: true, sortOrder: i }).run());
    DEMO.desks.forEach((name, i) => tx.insert(desks).values({ id: `desk-${i + 1}`, siteId: DEMO.siteId, name, active: true }).run());
    for (const r of DEMO.rooms) tx.insert(rooms).values({ ...r, siteId: DEMO.siteId, outOfService: false }).run();
    for (const s of DEMO.staff) tx.insert(staff).values({ ...s, siteId: DEMO.siteId, passwordHash }).run();
    for (const o of DEMO.officers) tx.insert(officers).values({ staffId: o.staffId, siteId: DEMO.siteId, serviceIds: [...o.serviceIds], workingHours: ALWAYS_OPEN }).run();
    tx.insert(appointmentSettings).values({ siteId: DEMO.siteId, graceMinutes: 30, defaultLengthMinutes: 30, lengthMinutes: { planning: 45 } }).run();
    tx.insert(devices).values({ id: 'kiosk-1', siteId: DEMO.siteId, kind: 'kiosk', name: 'Reception kiosk', tokenHash: hashToken(DEMO.kioskToken), createdAt: now }).run();
    tx.insert(devices).values({ id: 'display-1', siteId: DEMO.siteId, kind: 'display', name: 'Waiting area screen', tokenHash: hashToken(DEMO.displayToken), createdAt: now }).run();
  });
}
