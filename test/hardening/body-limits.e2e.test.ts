import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture as slackFixture, payloadBody, sendSigned } from '../adapters/slack/signed-request';
import { type Stack, startStack } from '../support/stack';

/** POSTs `size` bytes in 64 KiB chunks without a content-length (chunked); resolves to the status. */
function postChunked(url: string, size: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    // the server may answer and close before all is sent
    req.on('error', (error) => (String(error).includes('EPIPE') || String(error).includes('ECONNRESET') ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe('Slack and Discord bodies over their limits: 413, before they are all read', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ slack: true, discord: { botToken: false } });
  });
  afterAll(async () => stack?.close());

  it('a chunked body of 4 MiB to each endpoint is refused, and a signed command still answers after', async () => {
    expect(await postChunked(`${stack.server.url}/slack/events`, 4 * 1024 * 1024)).toBe(413);
    expect(await postChunked(`${stack.server.url}/discord/interactions`, 4 * 1024 * 1024)).toBe(413);
    const { res } = await sendSigned(stack.server.url, payloadBody(slackFixture('slash-pledge-alibaba', { response_url: stack.slack!.responseUrl('limits') })));
    expect(res.status).toBe(200);
  });

  it('a declared length over the limit is refused without reading the body', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${stack.server.url}/discord/interactions`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(300 * 1024) } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('{');
    });
    expect(status).toBe(413);
  });
});
