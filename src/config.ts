import { z } from 'zod';
import { parseDigestSchedule } from './core/schedule';

/** Blank means unset: `FOO=` in a shell or .env file should not count as a value. */
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

const adminEntry = z
  .string()
  .regex(/^(slack|discord):[A-Za-z0-9_./-]+$/, 'entries look like slack:U012AB or discord:80351110224678912 (slack:T0123/U012AB to name a workspace)');

const envSchema = z.object({
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')),
  PGLITE_DIR: optional(z.string()).transform((v) => v ?? '.data/pglite'),
  PORT: optional(z.coerce.number().int().min(0).max(65535)).transform((v) => v ?? 3000),
  SLACK_SIGNING_SECRET: optional(z.string()),
  SLACK_BOT_TOKEN: optional(z.string().startsWith('xoxb-', 'must be a bot token (xoxb-...)')),
  SLACK_APP_TOKEN: optional(z.string().startsWith('xapp-', 'must be an app-level token (xapp-...)')),
  SLACK_API_URL: optional(httpUrl),
  DISCORD_APPLICATION_ID: optional(z.string().regex(/^\d{15,21}$/, 'must be a Discord snowflake (digits)')),
  DISCORD_PUBLIC_KEY: optional(z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be the 64-hex-digit public key')),
  DISCORD_BOT_TOKEN: optional(z.string()),
  DISCORD_MODE: optional(z.enum(['http', 'gateway'])).transform((v) => v ?? 'http'),
  DISCORD_API_URL: optional(httpUrl),
  PLEDGEWATCH_ADMINS: optional(z.string()).transform((v, ctx) => {
    const entries = (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    for (const entry of entries) {
      const parsed = adminEntry.safeParse(entry);
      if (!parsed.success) ctx.addIssue({ code: 'custom', message: `“${entry}”: ${parsed.error.issues[0]?.message}` });
    }
    return entries;
  }),
  PLEDGEWATCH_INGEST_TOKEN: optional(z.string().min(16, 'must be at least 16 characters')),
  PLEDGEWATCH_FEED_POLL_SECONDS: optional(z.coerce.number().int().min(30, 'must be at least 30 (seconds)')).transform((v) => v ?? 900),
  /** hosts "Send to pledgewatch" may fetch although they resolve to private addresses (an intranet wire) */
  PLEDGEWATCH_PRIVATE_HOSTS: optional(z.string()).transform((v) =>
    (v ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean),
  ),
  PLEDGEWATCH_TIMEZONE: optional(
    z.string().refine((tz) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone, e.g. Europe/London'),
  ).transform((v) => v ?? 'UTC'),
  PLEDGEWATCH_DIGEST: optional(z.string()).transform((v, ctx) => {
    const parsed = parseDigestSchedule(v ?? 'mon 09:00');
    if (typeof parsed === 'string') {
      ctx.addIssue({ code: 'custom', message: parsed });
      return z.NEVER;
    }
    return parsed;
  }),
  PLEDGEWATCH_REMINDER_DAYS: optional(z.coerce.number().int().min(1, 'must be at least 1 (days)').max(366, 'must be at most 366 (days)')).transform((v) => v ?? 30),
  /** `1`: webhooks may use plain http and private or loopback addresses (a local receiver) */
  PLEDGEWATCH_WEBHOOK_ALLOW_HTTP: optional(z.enum(['0', '1'], { error: 'must be 1 (allow) or 0' })).transform((v) => v === '1'),
  PUBLIC_URL: optional(httpUrl.transform((u) => u.replace(/\/+$/, ''))),
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])).transform((v) => v ?? 'info'),
});

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment once; a bad value fails with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  throw new ConfigError(`invalid configuration: ${lines.join('; ')}`);
}

/** HTTP mode needs the signing secret; Socket Mode the app-level token instead. */
export const slackEnabled = (c: Config): boolean => Boolean(c.SLACK_BOT_TOKEN && (c.SLACK_SIGNING_SECRET || c.SLACK_APP_TOKEN));
/** HTTP interactions need the public key; gateway mode needs the bot token instead. */
export const discordEnabled = (c: Config): boolean =>
  Boolean(c.DISCORD_APPLICATION_ID && (c.DISCORD_PUBLIC_KEY || (c.DISCORD_MODE === 'gateway' && c.DISCORD_BOT_TOKEN)));
