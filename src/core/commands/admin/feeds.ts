import { PledgewatchError, err, ok } from '../../errors';
import { actorId } from '../../editors';
import type { FeedInfo, FeedReads, FeedWrites } from '../../ports';
import type { CommandDeps, CommandInput, CommandResult } from '../types';
import { grammar } from '../grammar';
import { parseUrl } from './args';

export const addFeedGrammar = grammar('add-feed', `
  /pledge-admin add-feed <url>
  Have the newswire poll an RSS or Atom feed; what it finds waits in /pledge-admin proposals.
  url: the feed’s link (https://...)
  e.g. /pledge-admin add-feed https://www.example.com/business/rss.xml
`);
export const removeFeedGrammar = grammar('remove-feed', `
  /pledge-admin remove-feed <url>
  Stop polling a feed; the proposals it made stay.
  url: the feed’s link, as /pledge-admin feeds lists it
  e.g. /pledge-admin remove-feed https://www.example.com/business/rss.xml
`);
export const feedsGrammar = grammar('feeds', `
  /pledge-admin feeds
  The feeds the newswire polls, with their health, next poll and what they gave.
  e.g. /pledge-admin feeds
`);
const ADD_FEED_USAGE = addFeedGrammar.syntax;
const REMOVE_FEED_USAGE = removeFeedGrammar.syntax;

const bad = (message: string, hint: string) => err(new PledgewatchError('bad_input', message, { hint }));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const when = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function feedUrl(args: string[], usage: string) {
  if (args.length > 1) return bad(`Unexpected “${args.slice(1).join(' ')}”.`, `Usage: ${usage}`);
  return parseUrl(args[0], 'feed URL');
}

/** `add-feed <url>`: the newswire polls this RSS or Atom feed and reads each new item. */
export async function addFeed(deps: CommandDeps<FeedWrites>, args: string[], input: CommandInput): Promise<CommandResult> {
  const url = feedUrl(args, ADD_FEED_USAGE);
  if (!url.ok) return url;
  const outcome = await deps.store.addFeed(url.value, actorId(input.actor));
  const text =
    outcome === 'added'
      ? `Feed added: ${url.value}. The newswire reads it in a moment, then on its schedule; what it finds waits in /pledge-admin proposals.`
      : `${url.value} is already on the newswire's feeds. Nothing was changed.`;
  return ok({ summary: text, sections: [{ kind: 'text', text }], visibility: 'ephemeral' });
}

/** `remove-feed <url>`: no more polling. Proposals it made stay. */
export async function removeFeed(deps: CommandDeps<FeedWrites>, args: string[], input: CommandInput): Promise<CommandResult> {
  const url = feedUrl(args, REMOVE_FEED_USAGE);
  if (!url.ok) return url;
  const outcome = await deps.store.removeFeed(url.value, actorId(input.actor));
  if (outcome === 'absent') {
    return err(new PledgewatchError('not_found', `No feed has the URL ${url.value}.`, { hint: 'The feeds: /pledge-admin feeds.' }));
  }
  const text = `Feed removed: ${url.value}. The newswire no longer polls it; proposals it made stay.`;
  return ok({ summary: text, sections: [{ kind: 'text', text }], visibility: 'ephemeral' });
}

function health(f: FeedInfo): string {
  if (!f.lastPolledAt) return 'not polled yet';
  if (f.failures > 0) return `failing (${plural(f.failures, 'failure')} in a row${f.lastStatus ? `, HTTP ${f.lastStatus}` : ''})`;
  return f.lastStatus === 304 ? 'ok (not modified)' : `ok${f.lastStatus ? ` (HTTP ${f.lastStatus})` : ''}`;
}

/** `feeds`: every feed with its last poll, health, next poll and what it has given. */
export async function listFeeds(deps: CommandDeps<FeedReads>, args: string[]): Promise<CommandResult> {
  if (args.length > 0) return bad(`Unexpected “${args.join(' ')}”.`, `Usage: ${feedsGrammar.syntax}`);
  const feeds = await deps.store.listFeeds();
  const title = feeds.length === 0 ? 'No feeds' : `The newswire polls ${plural(feeds.length, 'feed')}`;
  return ok({
    summary: title,
    title,
    sections: feeds.length
      ? [
          {
            kind: 'list',
            items: feeds.map((f) => ({
              title: `${f.title ? `${f.title} ` : ''}<${f.url}>: ${health(f)}`,
              detail: [
                f.lastPolledAt ? `last poll ${when(f.lastPolledAt)}` : null,
                f.lastError ? `error: ${f.lastError}` : null,
                `next poll ${when(f.nextPollAt)}`,
                `${plural(f.items, 'item')} read, ${f.proposals} proposed something`,
              ]
                .filter(Boolean)
                .join(' · '),
            })),
          },
          { kind: 'context', text: `Add one with ${ADD_FEED_USAGE}; stop one with ${REMOVE_FEED_USAGE}.` },
        ]
      : [{ kind: 'text', text: `The newswire polls no feed yet. Add one with ${ADD_FEED_USAGE}.` }],
    visibility: 'ephemeral',
  });
}
