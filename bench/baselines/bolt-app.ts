/**
 * The bare Slack baseline: a Bolt app on its own HTTP receiver that verifies the request
 * (Bolt's own v0 signature check) and acks every slash command with a constant message.
 */
import type { AddressInfo } from 'node:net';
import { App } from '@slack/bolt';

const app = new App({
  signingSecret: process.env.SLACK_SIGNING_SECRET!,
  authorize: async () => ({ botToken: 'xoxb-bench' }),
  logLevel: 'error' as never,
});
app.command(/.*/, async ({ ack }) => {
  await ack({ response_type: 'ephemeral', text: 'bare baseline: a constant answer' });
});
const server = (await app.start(0)) as { address(): AddressInfo };
console.log(`listening ${server.address().port}`);
