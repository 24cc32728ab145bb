import type { Desk, Room, Service, Site } from '@reception/shared';
import { getSite, listDesks, listServices } from './config-store.js';
import type { Store } from './connection.js';
import { listRooms } from './room-store.js';

interface SiteConfig {
  site: Site;
  services: Service[];
  desks: Desk[];
  rooms: Room[];
}

/**
 * A site's configuration changes a few times a year and is read on every check-in and
 * broadcast, so it is kept in memory. Every route that changes configuration calls the
 * server's `onConfigChanged`, which invalidates the site here.
 */
export class ConfigCache {
  private readonly sites = new Map<string, SiteConfig>();

  get(db: Store, siteId: string): SiteConfig {
    const hit = this.sites.get(siteId);
    if (hit) return hit;
    const config = { site: getSite(db, siteId), services: listServices(db, siteId), desks: listDesks(db, siteId), rooms: listRooms(db, siteId) };
    this.sites.set(siteId, config);
    return config;
  }

  invalidate(siteId: string): void {
    this.sites.delete(siteId);
  }
}
