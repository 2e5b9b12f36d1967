import { readBody } from '../read-body';
import { dataResponse } from '../web/security-headers';
import { createMemoryReplayGuard, type ReplayGuard, signatureKey } from '../replay-guard';
import type { REST } from '@discordjs/rest';
import { type APIInteractionResponse, InteractionResponseType, MessageFlags, Routes } from 'discord-api-types/v10';
import type { Hono } from 'hono';
import type { Logger } from '../../logger';
import type { InteractionHandler, Responder } from './handler';
import type { DiscordMessage } from '../../render/discord';
import { parseInteraction, readInteraction } from './parse';
import { loggableError } from './rest';
import type { SignatureVerifier } from './verify';

const INTERACTIONS_PATH = '/discord/interactions';
const MAX_BODY_BYTES = 256 * 1024;
const utf8 = new TextDecoder();
const jsonType = { 'content-type': 'application/json' };
const jsonResponse = (value: unknown, status = 200): Response => dataResponse(JSON.stringify(value), status, jsonType);

interface EndpointDeps {
  applicationId: string;
  verifier: SignatureVerifier;
  handler: InteractionHandler;
  /** for the follow-up edit of a deferred answer (interaction tokens need no bot token) */
  rest: REST;
  log: Logger;
  /** keeps a deferred answer's work alive until the adapter stops */
  track(work: Promise<void>): void;
  replays?: ReplayGuard;
}

const flags = (ephemeral: boolean) => (ephemeral ? { flags: MessageFlags.Ephemeral } : {});

/**
 * A message as the interaction's answer (type 4), serialised once per message and visibility:
 * the handler hands a cached answer's message out again as the same object.
 */
const serialised = new WeakMap<DiscordMessage, { private?: string; public?: string }>();
function replyJson(message: DiscordMessage, ephemeral: boolean): string {
  let forms = serialised.get(message);
  if (!forms) serialised.set(message, (forms = {}));
  const key = ephemeral ? 'private' : 'public';
  return (forms[key] ??= JSON.stringify({ type: InteractionResponseType.ChannelMessageWithSource, data: { ...message, ...flags(ephemeral) } }));
}

/** POST /discord/interactions: verify, then the shared handler, answering in the HTTP response. */
export function mountInteractionsEndpoint(app: Hono, deps: EndpointDeps): void {
  const { verifier, handler, rest, log } = deps;
  const replays = deps.replays ?? createMemoryReplayGuard();
  app.post(INTERACTIONS_PATH, async (c) => {
    const bytes = await readBody(c, MAX_BODY_BYTES);
    if (!bytes) return jsonResponse({ error: 'too_large' }, 413);
    const body = utf8.decode(bytes);
    const checked = verifier.verify(c.req.header('x-signature-ed25519'), c.req.header('x-signature-timestamp'), body);
    if (!checked.ok) {
      log.warn({ reason: checked.reason, path: INTERACTIONS_PATH, bytes: body.length }, 'discord request rejected');
      return dataResponse(null, 401);
    }
    // verified: both headers are present, the signature is hex and the timestamp whole seconds
    const replayKey = signatureKey('discord', c.req.header('x-signature-ed25519')!);
    if (!(await replays.firstSeen(replayKey, Number(c.req.header('x-signature-timestamp'))))) {
      log.warn({ reason: 'replayed', path: INTERACTIONS_PATH }, 'discord request rejected');
      return dataResponse(null, 401);
    }
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      log.warn({ path: INTERACTIONS_PATH }, 'discord request body is not an interaction');
      return jsonResponse({ error: 'bad_request', message: 'The body is not JSON.' }, 400);
    }
    const read = readInteraction(json);
    if (!read.ok) {
      log.warn({ path: INTERACTIONS_PATH, reason: read.reason }, 'discord request body is not an interaction');
      return jsonResponse({ error: 'bad_request', message: `Not a valid interaction: ${read.reason}` }, 400);
    }
    const { raw } = read;
    const token = raw.token ?? '';
    let answerWith!: (json: string) => void;
    const initial = new Promise<string>((resolve) => {
      answerWith = resolve;
    });
    const answer = (response: APIInteractionResponse) => answerWith(JSON.stringify(response));
    const responder: Responder = {
      pong: async () => answer({ type: InteractionResponseType.Pong }),
      reply: async (message, ephemeral) => answerWith(replyJson(message, ephemeral)),
      defer: async (ephemeral) => answer({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: flags(ephemeral) }),
      choices: async (choices) => answer({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } }),
      modal: async (data) => answer({ type: InteractionResponseType.Modal, data }),
      editOriginal: async (message) => {
        await rest.patch(Routes.webhookMessage(deps.applicationId, token, '@original'), { body: message, auth: false });
      },
      followUp: async (message, ephemeral) => {
        await rest.post(Routes.webhook(deps.applicationId, token), { body: { ...message, ...flags(ephemeral) }, auth: false });
      },
      deleteOriginal: async () => {
        await rest.delete(Routes.webhookMessage(deps.applicationId, token, '@original'), { auth: false });
      },
    };
    let failed = false;
    const work = handler(parseInteraction(raw), responder).catch((error: unknown) => {
      failed = true;
      log.error({ error: loggableError(error), type: raw.type }, 'discord interaction failed');
    });
    deps.track(work);
    const response = await Promise.race([initial, work.then(() => null)]);
    if (response !== null) return dataResponse(response, 200, jsonType);
    return failed ? jsonResponse({ error: 'internal' }, 500) : jsonResponse({ error: 'unsupported interaction' }, 400);
  });
}
