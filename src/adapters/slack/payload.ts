import { z } from 'zod';

/**
 * The fields Bolt and our listeners read from each kind of Slack body, checked before Bolt
 * sees it: a signed body that lacks them (no `user` on a button click, a form without its
 * `view`) is a clear 400, not a TypeError deep in a listener. Other fields pass as they are.
 */
const id = z.string().min(1).max(255);
const user = z.looseObject({ id, team_id: z.string().optional(), name: z.string().optional(), username: z.string().optional() });
// Bolt reads `team.id` and `channel.id` when the keys are there at all: absent is fine, null is not
const team = z.looseObject({ id: z.string() }).optional();
const channel = z.looseObject({ id: z.string() }).optional();
/** what Bolt reads of any interactive body, whatever its type: who, where, and `actions` as a list */
const base = { user, team, channel, actions: z.array(z.looseObject({})).optional() };

const blockActions = z.looseObject({
  ...base,
  type: z.literal('block_actions'),
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
const viewEvent = z.looseObject({ ...base, type: z.enum(['view_submission', 'view_closed']), view });

const shortcut = z.looseObject({ ...base, type: z.enum(['shortcut', 'message_action']), callback_id: z.string() });

const event = z.looseObject({ team_id: z.string().optional(), event: z.looseObject({ type: z.string() }) });

/** Anything else Bolt routes to a listener (options, dialogs, legacy messages): it reads the user. */
const interactive = z.looseObject(base);

const SLASH_NAME = /^\/[\w-]{1,64}$/;
/** a slash command's optional fields (a form: each is a string when present) */
const slashOptional = ['user_name', 'channel_id', 'response_url', 'trigger_id'] as const;

/**
 * A slash command is a form, its fields strings with no nesting, and it is every answer's
 * path: checked field by field, with no schema to build an output object from.
 */
function malformedSlash(body: Record<string, unknown>): string | null {
  const { command, text, user_id: userId, team_id: teamId } = body;
  if (typeof command !== 'string' || !SLASH_NAME.test(command)) return 'command: not a slash command name';
  if (text !== undefined && (typeof text !== 'string' || text.length > 40_000)) return 'text: not a text of at most 40,000 characters';
  if (typeof userId !== 'string' || userId.length < 1 || userId.length > 255) return 'user_id: missing or not an id';
  if (typeof teamId !== 'string') return 'team_id: missing';
  for (const field of slashOptional) if (body[field] !== undefined && typeof body[field] !== 'string') return `${field}: not a text`;
  return null;
}

/**
 * The schema for a body, chosen the way Bolt routes it (its getTypeAndConversation): by the
 * fields present first, then by `type`.
 */
function schemaFor(body: Record<string, unknown>): z.ZodType | null {
  if ('event' in body) return event;
  if (body.type === 'block_actions') return blockActions;
  if (body.type === 'view_submission' || body.type === 'view_closed') return viewEvent;
  if (body.type === 'shortcut' || body.type === 'message_action') return shortcut;
  if ('name' in body || 'actions' in body || 'view' in body || body.type === 'block_suggestion' || body.type === 'dialog_submission' || body.type === 'dialog_cancellation' || body.type === 'interactive_message') return interactive;
  return null;
}

/** null when the body has what its kind needs; else a short reason for the 400. */
export function malformedSlackBody(body: Record<string, unknown>): string | null {
  if (!('event' in body) && 'command' in body) return malformedSlash(body);
  const schema = schemaFor(body);
  if (!schema) return null;
  const parsed = schema.safeParse(body);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`;
}
