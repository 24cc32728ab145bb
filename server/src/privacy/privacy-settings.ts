import { eq } from 'drizzle-orm';
import { DEFAULT_PRIVACY_SETTINGS, type PrivacySettings } from '@reception/shared';
import type { Store } from '../db/connection.js';
import { privacySettings } from '../db/schema.js';

export function getPrivacySettings(db: Store, siteId: string): PrivacySettings {
  const row = db.select({ retentionDays: privacySettings.retentionDays }).from(privacySettings).where(eq(privacySettings.siteId, siteId)).get();
  return row ?? DEFAULT_PRIVACY_SETTINGS;
}

export function setPrivacySettings(db: Store, siteId: string, settings: PrivacySettings): void {
  db.insert(privacySettings).values({ siteId, ...settings }).onConflictDoUpdate({ target: privacySettings.siteId, set: settings }).run();
}
