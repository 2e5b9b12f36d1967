const utf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * Slack's three body shapes: a form (slash commands), a form with one `payload` field holding
 * JSON (interactivity), or JSON (Events API). Null when it is none of them.
 */
export function parseSlackBody(raw: Uint8Array, contentType: string | undefined): Record<string, unknown> | null {
  const text = utf8.decode(raw);
  try {
    if (contentType?.toLowerCase().startsWith('application/json')) return asObject(JSON.parse(text));
    if (contentType?.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
      const form = new URLSearchParams(text);
      const payload = form.get('payload');
      if (payload !== null) return asObject(JSON.parse(payload));
      return Object.fromEntries(form.entries());
    }
  } catch {
    return null;
  }
  return null;
}

function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}
