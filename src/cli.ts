import { ask } from './adapters/console/ask';
import { askRunningBot, ingestRunningBot } from './adapters/console/http';
import { runDiscordCli } from './adapters/discord';
import { ConfigError, loadConfig } from './config';
import { createCommands } from './core/commands';
import { PledgewatchError } from './core/errors';
import { systemClock } from './core/ports';
import { readLock } from './db/lock';
import { openStore } from './db/open';
import { createLogger } from './logger';
import { startServer } from './main';

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
  const config = loadConfig();
  const quiet = process.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn';
  switch (verb) {
    case 'serve': {
      const log = createLogger(config.LOG_LEVEL);
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
      const running = config.DATABASE_URL ? null : readLock(config.PGLITE_DIR);
      if (running?.console) {
        const outcome = await askRunningBot(running.console.port, running.console.token, args.join(' '));
        (outcome.exitCode === 0 ? process.stdout : process.stderr).write(`${outcome.output}\n`);
        return outcome.exitCode;
      }
      const log = createLogger(quiet);
      const { handle, store } = await openStore({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR }, log);
      try {
        const outcome = await ask(createCommands({ store, clock: systemClock, publicUrl: config.PUBLIC_URL, bootstrapEditors: config.PLEDGEWATCH_ADMINS }), args.join(' '));
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
      const running = config.DATABASE_URL ? null : readLock(config.PGLITE_DIR);
      if (running?.console) {
        print(await ingestRunningBot(running.console.port, running.console.token, article));
        return 0;
      }
      const log = createLogger(quiet);
      const { handle, store } = await openStore({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR }, log);
      try {
        const lines = await ingest(article, store);
        print(lines);
        return 0;
      } finally {
        await handle.close();
      }
    }
    case 'migrate':
    case 'seed': {
      const log = createLogger(config.LOG_LEVEL);
      const { handle } = await openStore({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR }, log, { seed: verb === 'seed' });
      await handle.close();
      process.stdout.write(`${verb === 'seed' ? 'migrated and seeded' : 'migrated'} ${handle.kind} store at ${handle.location}\n`);
      return 0;
    }
    case 'discord':
      return runDiscordCli(args, config);
    default:
      process.stderr.write(`pledgewatch: unknown command “${verb}”\n\n${usage}\n`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Start-up failures get one clear line; the variable to fix is named in the message.
    if (error instanceof ConfigError || error instanceof PledgewatchError) {
      process.stderr.write(`pledgewatch: ${error.message}\n`);
    } else {
      process.stderr.write(`pledgewatch: unexpected failure: ${(error as Error)?.stack ?? String(error)}\n`);
    }
    process.exit(1);
  },
);
