import type { types } from '@slack/bolt';
import type { Form } from '../core/reply';
import { escapeMrkdwn, plain } from './slack';

type View = types.ModalView;

/** callback_id of every form we open; the adapter routes submissions on it. */
export const FORM_CALLBACK = 'pledgewatch:form';
/** action_id of each field's input; the field's name is its block_id. */
const FORM_INPUT = 'value';

/** Block Kit's limits for modals. */
const modalLimits = { title: 24, button: 24, label: 2000, placeholder: 150, input: 3000, metadata: 3000 } as const;

/**
 * What a submission needs to know, kept in the view's private_metadata: the form (without its
 * prefilled values, to fit Slack's 3,000 characters) and the channel it was opened from.
 */
interface FormMetadata {
  form: Form;
  channel?: string;
}

/**
 * A form as a Slack modal: one plain-text input per field. `values` refills the fields with
 * what was typed, and `error` says above them why it was not accepted.
 */
export function renderSlackModal(form: Form, channel: string | undefined, opts: { values?: Record<string, string>; error?: string } = {}): View {
  const meta: FormMetadata = { form: { ...form, fields: form.fields.map((f) => ({ ...f, initial: '' })) }, ...(channel ? { channel } : {}) };
  const blocks: types.KnownBlock[] = [];
  if (opts.error) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `:warning: ${escapeMrkdwn(opts.error).slice(0, 2900)}` } });
  for (const f of form.fields) {
    const max = Math.min(f.maxLength, modalLimits.input);
    const initial = (opts.values?.[f.name] ?? f.initial).slice(0, max);
    blocks.push({
      type: 'input',
      block_id: f.name,
      optional: !f.required,
      label: { type: 'plain_text', text: plain(f.label, modalLimits.label) },
      element: {
        type: 'plain_text_input',
        action_id: FORM_INPUT,
        multiline: f.kind === 'paragraph',
        max_length: max,
        ...(initial ? { initial_value: initial } : {}),
        ...(f.placeholder ? { placeholder: { type: 'plain_text', text: plain(f.placeholder, modalLimits.placeholder) } } : {}),
      },
    });
  }
  return {
    type: 'modal',
    callback_id: FORM_CALLBACK,
    title: { type: 'plain_text', text: plain(form.title, modalLimits.title) },
    submit: { type: 'plain_text', text: plain(form.submitLabel, modalLimits.button) },
    close: { type: 'plain_text', text: 'Cancel' },
    private_metadata: JSON.stringify(meta),
    blocks,
  };
}

/** The typed values of a submitted form, by field name. */
export function submittedValues(state: { values: Record<string, Record<string, { value?: string | null }>> } | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [block, inputs] of Object.entries(state?.values ?? {})) out[block] = inputs[FORM_INPUT]?.value ?? '';
  return out;
}

export function formMetadata(raw: string | undefined): FormMetadata | null {
  try {
    const meta = JSON.parse(raw ?? '') as Partial<FormMetadata>;
    const form = meta.form;
    if (!form || typeof form.command !== 'string' || !Array.isArray(form.fields)) return null;
    return { form, ...(typeof meta.channel === 'string' ? { channel: meta.channel } : {}) };
  } catch {
    return null;
  }
}
