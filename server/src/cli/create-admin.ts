/**
 * Creates a site (if new) and its first admin account from the command line, so a real
 * deployment never ships with a default password:
 *   pnpm --filter @reception/server create-admin -- --site my-site --site-name "Town Hall" --username jo --name "Jo Bloggs"
 * The password is read from the ADMIN_PASSWORD environment variable.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { CreateStaffRequest, DEFAULT_STANDARDS, Id } from '@reception/shared';
import { hashPassword } from '../auth/password.js';
import { openDatabase } from '../db/connection.js';
import { sites, staff, standardsProfiles } from '../db/schema.js';
import { readEnv } from '../env.js';

const Args = z.object({
  site: Id,
  'site-name': z.string().min(1).optional(),
  'time-zone': z.string().default('Europe/London'),
  username: z.string(),
  name: z.string(),
});

const { values } = parseArgs({ options: { site: { type: 'string' }, 'site-name': { type: 'string' }, 'time-zone': { type: 'string' }, username: { type: 'string' }, name: { type: 'string' } } });
const args = Args.parse(values);
const account = CreateStaffRequest.parse({ name: args.name, username: args.username, password: process.env.ADMIN_PASSWORD ?? '', role: 'admin' });
const db = openDatabase(readEnv().DATABASE_PATH);
const now = Date.now();
const passwordHash = await hashPassword(account.password);
db.transaction((tx) => {
  if (!tx.select().from(sites).where(eq(sites.id, args.site)).get()) {
    tx.insert(sites).values({ id: args.site, name: args['site-name'] ?? args.site, timeZone: args['time-zone'], phone: '', recallsBeforeNoShow: 2, standardsVersion: 1 }).run();
    const { walkInMinutes, officerMinutes, appointmentMinutes, promptLeadMinutes } = DEFAULT_STANDARDS;
    tx.insert(standardsProfiles).values({ siteId: args.site, version: 1, walkInMinutes, officerMinutes, appointmentMinutes, promptLeadMinutes, createdAt: now }).run();
  }
  tx.insert(staff).values({ id: randomUUID(), siteId: args.site, name: account.name, username: account.username, passwordHash, role: 'admin' }).run();
});
console.log(`Created admin ${account.username} for site ${args.site}.`);
