// Each verb imports what it uses when it runs: `help` loads nothing, `ask` through a running
// bot loads no store, and no verb but `serve` loads Slack or Discord (the build keeps each
// dynamic import a chunk of its own).
import type { Config } from './config';
import { PledgewatchError } from './core/errors';
import type { Logger } from './logger';

const usage = `pledgewatch — newsroom pledge and tariff tracker

usage:
  pledgewatch serve              start the bot (HTTP server on PORT; npm start)
  pledgewatch ask "<command>"    run a chat command here, e.g. pledgewatch ask "/pledge alibaba"
  pledgewatch ingest <file|url|->
                                 find what a news article says about tracked pledges
  pledgewatch migrate            apply database migrations
  pledgewatch seed               apply migrations and load the shipped data (idempotent)
  pledgewatch discord register [--guild ID]
                                 register the slash commands with Discord (idempotent)

The store is embedded PGlite in PGLITE_DIR (default .data/pglite) unless DATABASE_URL is set.`;

async function main(argv: string[]): Promise<number> {
  // Everything the bot writes (the PGlite folder and every file PGlite adds to it later, the
  // lock file) is its owner's alone: the record and the editors' grants live there.
  process.umask(0o077);
  const [verb, ...args] = argv;
  if (verb === undefined || verb === 'help' || verb === '--help' || verb === '-h') {
    process.stdout.write(`${usage}\n`);
    return verb === undefined ? 1 : 0;
  }
  const { loadConfig } = await import('./config');
  const config = loadConfig();
  const quiet = process.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn';
  switch (verb) {
    case 'serve': {
      const [{ startServer }, log] = await Promise.all([import('./main'), logger(config.LOG_LEVEL)]);
      const server = await startServer(config, log);
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          log.info({ signal }, 'shutting down');
          server.stop().then(resolve, (error: unknown) => {
            log.error({ err: error }, 'shutdown failed');
            resolve();
          });
        };
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
      });
      return 0;
    }
    case 'ask': {
      // A running bot holds the embedded store: hand it the command instead of opening it.
      const running = await runningBot(config);
      if (running) {
        const { askRunningBot } = await import('./adapters/console/client');
        const outcome = await askRunningBot(running.port, running.token, args.join(' '));
        (outcome.exitCode === 0 ? process.stdout : process.stderr).write(`${outcome.output}\n`);
        return outcome.exitCode;
      }
      const log = await logger(quiet);
      const [{ ask }, { createCommands }, { systemClock }, { handle, store }] = await Promise.all([
        import('./adapters/console/ask'),
        import('./core/commands'),
        import('./core/ports'),
        open(config, log),
      ]);
      try {
        const outcome = await ask(createCommands({ store, clock: systemClock, publicUrl: config.PUBLIC_URL, bootstrapEditors: config.PLEDGEWATCH_ADMINS }), args.join(' '), log);
        (outcome.exitCode === 0 ? process.stdout : process.stderr).write(`${outcome.output}\n`);
        return outcome.exitCode;
      } finally {
        await handle.close();
      }
    }
    case 'ingest': {
      if (args.length !== 1) {
        process.stderr.write('pledgewatch: ingest takes one file, URL or - (standard input)\n');
        return 1;
      }
      // loaded here so the NLP model and the HTML parser cost the other verbs nothing
      const { InputError, ingest, readInput } = await import('./ingest/ingest');
      const article = await readInput(args[0]!).catch((error: unknown) => {
        if (error instanceof InputError) return error;
        throw error;
      });
      if (article instanceof InputError) {
        process.stderr.write(`pledgewatch: ${article.message}\n`);
        return 1;
      }
      const print = (lines: string[]) => lines.length > 0 && process.stdout.write(`${lines.join('\n')}\n`);
      // A running bot holds the embedded store: it detects and stores; this prints.
      const running = await runningBot(config);
      if (running) {
        const { ingestRunningBot } = await import('./adapters/console/client');
        print(await ingestRunningBot(running.port, running.token, article));
        return 0;
      }
      const { handle, store } = await open(config, await logger(quiet));
      const { createDetector } = await import('./ingest/detector');
      const detector = createDetector({ maxThreads: 1 });
      try {
        print(await ingest(article, store, detector));
        return 0;
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        process.stderr.write(`pledgewatch: ${error.message}\n`);
        return 1;
      } finally {
        await detector.close();
        await handle.close();
      }
    }
    case 'migrate':
    case 'seed': {
      const { handle } = await open(config, await logger(config.LOG_LEVEL), { seed: verb === 'seed' });
      await handle.close();
      process.stdout.write(`${verb === 'seed' ? 'migrated and seeded' : 'migrated'} ${handle.kind} store at ${handle.location}\n`);
      return 0;
    }
    case 'discord': {
      const { runDiscordCli } = await import('./adapters/discord/register');
      return runDiscordCli(args, config);
    }
    default:
      process.stderr.write(`pledgewatch: unknown command “${verb}”\n\n${usage}\n`);
      return 1;
  }
}

async function logger(level: string): Promise<Logger> {
  const { createLogger } = await import('./logger');
  return createLogger(level);
}

async function open(config: Config, log: Logger, steps?: { seed: boolean }) {
  const { openStore } = await import('./db/open');
  return openStore({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR }, log, steps);
}

/** A running bot holds the embedded store: where its console listens, if one does. */
async function runningBot(config: Config): Promise<{ port: number; token: string } | null> {
  if (config.DATABASE_URL) return null;
  const { readLock } = await import('./db/lock');
  return readLock(config.PGLITE_DIR)?.console ?? null;
}

/** Start-up failures get one clear line; the variable to fix is named in the message. */
const expected = (error: unknown): error is Error =>
  error instanceof PledgewatchError || (error instanceof Error && error.name === 'ConfigError');

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (expected(error)) {
      process.stderr.write(`pledgewatch: ${error.message}\n`);
    } else {
      process.stderr.write(`pledgewatch: unexpected failure: ${(error as Error)?.stack ?? String(error)}\n`);
    }
    process.exit(1);
  },
);
