import { asc, eq } from 'drizzle-orm';
import type { SamplingPeriod } from '@reception/shared';
import type { Store } from './connection.js';
import { samplingPeriods, sites } from './schema.js';

export function listSamplingPeriods(db: Store): SamplingPeriod[] {
  return db.select().from(samplingPeriods).orderBy(asc(samplingPeriods.startDay), asc(samplingPeriods.createdAt)).all();
}

export function getSamplingPeriod(db: Store, id: string): SamplingPeriod | null {
  return db.select().from(samplingPeriods).where(eq(samplingPeriods.id, id)).get() ?? null;
}

export function insertSamplingPeriod(db: Store, period: SamplingPeriod): void {
  db.insert(samplingPeriods).values(period).run();
}

export function deleteSamplingPeriod(db: Store, id: string): void {
  db.delete(samplingPeriods).where(eq(samplingPeriods.id, id)).run();
}

/** Every site of the deployment: sampling weeks and reports cover the council's sites together. */
export function allSites(db: Store): { id: string; name: string; timeZone: string }[] {
  return db.select({ id: sites.id, name: sites.name, timeZone: sites.timeZone }).from(sites).orderBy(asc(sites.name)).all();
}
