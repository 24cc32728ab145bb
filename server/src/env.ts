import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Every setting the server reads from its environment, validated once at start-up. */
export const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_PATH: z.string().min(1).default('data/reception.db'),
  SEED_DEMO: bool.default(false),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 30).default(10),
  COOKIE_SECURE: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Folder holding the built kiosk/, display/ and console/ apps; empty to serve none. */
  STATIC_ROOT: z.string().default(''),
  /** How often prompts and forecasts are re-evaluated as time passes. */
  MONITOR_INTERVAL_MS: z.coerce.number().int().min(200).max(60_000).default(5000),
  /** Commands a second one device or one signed-in person may send; more are refused with RATE_LIMITED. */
  COMMANDS_PER_SECOND: z.coerce.number().int().min(1).max(1_000_000).default(100),
  /** Lets tests move the server clock over HTTP. Never set in production. */
  TEST_CLOCK: bool.default(false),
  /** With TEST_CLOCK: the instant the server's clock starts at, so a test run does not depend on the time of day it runs. */
  TEST_CLOCK_START: z.iso
    .datetime({ offset: true })
    .transform((v) => Date.parse(v))
    .optional(),
}).refine((env) => env.TEST_CLOCK_START === undefined || env.TEST_CLOCK, { message: 'TEST_CLOCK_START needs TEST_CLOCK=true', path: ['TEST_CLOCK_START'] });
export type Env = z.infer<typeof Env>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = Env.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${lines}`);
  }
  return result.data;
}
