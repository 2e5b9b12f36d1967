import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEND_CALLBACK } from '../../../src/adapters/slack/desk';

const manifest = readFileSync(new URL('../../../slack-manifest.yml', import.meta.url), 'utf8');
const listUnder = (key: string): string[] => {
  const block = new RegExp(`\\n(\\s*)${key}:\\n((?:\\1\\s+(?:- .+|#.*)\\n)+)`).exec(manifest)?.[2] ?? '';
  return [...block.matchAll(/- (\S+)/g)].map((m) => m[1]!);
};

describe('slack-manifest.yml declares what the desk listens for', () => {
  it('the message shortcut has the callback_id the adapter routes on', () => {
    expect(manifest).toMatch(new RegExp(`type: message\\n\\s+callback_id: ${SEND_CALLBACK}\\n`));
  });
  it('the Home tab, the two events, the link scopes and the tracker host for unfurls', () => {
    expect(manifest).toMatch(/home_tab_enabled: true/);
    expect(listUnder('bot_events').sort()).toEqual(['app_home_opened', 'link_shared']);
    expect(listUnder('bot')).toEqual(expect.arrayContaining(['commands', 'chat:write', 'links:read', 'links:write']));
    expect(listUnder('unfurl_domains')).toEqual(['YOUR-HOST']);
    expect(manifest).toMatch(/event_subscriptions:\n\s+request_url: https:\/\/YOUR-HOST\/slack\/events/);
  });
});
