import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import type { Db } from '../db/connection.js';
import type { ForecastCache } from '../forecasting/site-forecast.js';
import type { ConfigCache } from '../db/config-cache.js';
import type { CommitBatcher } from '../db/commit-batcher.js';

/** What every command needs: the database, the one clock, a logger, and the caches. */
export interface Deps {
  db: Db;
  clock: Clock;
  log: Logger;
  forecasts: ForecastCache;
  config: ConfigCache;
  batcher: CommitBatcher;
}
