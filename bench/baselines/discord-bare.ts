/**
 * The bare Discord baseline: an HTTP handler that checks the Ed25519 signature with
 * discord-interactions' verifyKey and answers every command with a constant (type 4).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InteractionResponseType, InteractionType, verifyKey } from 'discord-interactions';

const publicKey = process.env.DISCORD_PUBLIC_KEY!;
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    const body = Buffer.concat(chunks);
    const ok = await verifyKey(body, String(req.headers['x-signature-ed25519'] ?? ''), String(req.headers['x-signature-timestamp'] ?? ''), publicKey);
    if (!ok) {
      res.writeHead(401).end();
      return;
    }
    const interaction = JSON.parse(body.toString('utf8')) as { type: number };
    const answer =
      interaction.type === InteractionType.PING
        ? { type: InteractionResponseType.PONG }
        : { type: InteractionResponseType.CHANNEL_MESSAGE_WITH_SOURCE, data: { content: 'bare baseline: a constant answer', flags: 64 } };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  });
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => console.log(`listening ${(server.address() as AddressInfo).port}`));
