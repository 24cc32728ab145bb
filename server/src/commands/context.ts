import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import type { Db } from '../db/connection.js';

/** What every command needs: the database, the one clock, a logger. */
export interface Deps {
  db: Db;
  clock: Clock;
  log: Logger;
}
