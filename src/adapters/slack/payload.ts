import { z } from 'zod';

/**
 * The fields Bolt and our listeners read from each kind of Slack body, checked before Bolt
 * sees it: a signed body that lacks them (no `user` on a button click, a form without its
 * `view`) is a clear 400, not a TypeError deep in a listener. Other fields pass as they are.
 */
const id = z.string().min(1).max(255);
const user = z.looseObject({ id, team_id: z.string().optional(), name: z.string().optional(), username: z.string().optional() });
const team = z.looseObject({ id: z.string() }).nullish();
const channel = z.looseObject({ id: z.string() }).nullish();

const slash = z.looseObject({
  command: z.string().regex(/^\/[\w-]{1,64}$/),
  text: z.string().max(40_000).optional(),
  user_id: id,
  user_name: z.string().optional(),
  team_id: z.string(),
  channel_id: z.string().optional(),
  response_url: z.string().optional(),
  trigger_id: z.string().optional(),
});

const blockActions = z.looseObject({
  type: z.literal('block_actions'),
  user,
  team,
  channel,
  actions: z.array(z.looseObject({ action_id: z.string(), type: z.string(), value: z.string().optional() })).min(1),
  trigger_id: z.string().optional(),
  response_url: z.string().optional(),
});

const view = z.looseObject({
  id: z.string().optional(),
  callback_id: z.string(),
  private_metadata: z.string().optional(),
  blocks: z.array(z.looseObject({ block_id: z.string().optional() })).optional(),
  state: z.looseObject({ values: z.record(z.string(), z.record(z.string(), z.looseObject({}))) }).optional(),
});
const viewEvent = z.looseObject({ type: z.enum(['view_submission', 'view_closed']), user, team, view });

const shortcut = z.looseObject({ type: z.enum(['shortcut', 'message_action']), user, team, callback_id: z.string() });

const event = z.looseObject({ type: z.literal('event_callback'), team_id: z.string().optional(), event: z.looseObject({ type: z.string() }) });

/** null when the body has what its kind needs; else a short reason for the 400. */
export function malformedSlackBody(body: Record<string, unknown>): string | null {
  const schema =
    'command' in body
      ? slash
      : body.type === 'block_actions'
        ? blockActions
        : body.type === 'view_submission' || body.type === 'view_closed'
          ? viewEvent
          : body.type === 'shortcut' || body.type === 'message_action'
            ? shortcut
            : body.type === 'event_callback'
              ? event
              : null;
  if (!schema) return null;
  const parsed = schema.safeParse(body);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`;
}
