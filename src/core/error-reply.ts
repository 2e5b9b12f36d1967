import { type PledgewatchError, userMessage } from './errors';
import type { Reply } from './reply';

/** The one place an error becomes what a user reads; every adapter renders this Reply. */
export function errorReply(error: PledgewatchError): Reply {
  const { hint, suggestions = [] } = error.extra;
  const message = userMessage(error);
  return {
    summary: message,
    sections: [
      { kind: 'text', text: message },
      ...(suggestions.length > 0
        ? [
            {
              kind: 'list' as const,
              heading: hint ?? 'Closest matches',
              items: suggestions.map((s) => ({ title: s.label, command: `/pledge ${s.slug}` })),
            },
          ]
        : hint
          ? [{ kind: 'context' as const, text: hint }]
          : []),
    ],
    visibility: 'ephemeral',
    error: { code: error.code },
  };
}
