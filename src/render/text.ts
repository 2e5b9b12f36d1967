import type { Link, Reply, Section } from '../core/reply';

const link = (l: Link): string => (l.url ? `${l.label} <${l.url}>` : l.label);
/** A heading ends in a colon, unless it ends in its own punctuation (“Did you mean one of these?”). */
const headingLine = (h: string): string => (/[?!:.]$/.test(h) ? h : `${h}:`);

/** Plain text for the console (and any place with no markup). */
export function renderText(reply: Reply): string {
  const out: string[] = [];
  if (reply.title) out.push(reply.badge ? `${reply.title}  [${reply.badge.label}]` : reply.title);
  else if (reply.badge) out.push(`[${reply.badge.label}]`);
  for (const section of reply.sections) out.push(renderSection(section));
  if (reply.image) out.push(`Chart: ${reply.image.url}`);
  if (reply.actions?.length) {
    out.push(reply.actions.filter((a) => a.id === 'history' || a.id === 'page').map((a) => `${a.label}: ${a.command}`).join('\n'));
  }
  return out.filter((s) => s !== '').join('\n\n');
}

function renderSection(s: Section): string {
  switch (s.kind) {
    case 'fields': {
      const width = Math.max(...s.fields.map((f) => f.label.length));
      return s.fields
        .map((f) => `${`${f.label}:`.padEnd(width + 2)}${f.value.replaceAll('\n', `\n${' '.repeat(width + 2)}`)}`)
        .join('\n');
    }
    case 'text':
    case 'context':
      return s.text;
    case 'quote': {
      const by = [s.by, s.on].filter(Boolean).join(', ');
      return [`“${s.text}”`, by ? `  — ${by}` : '', s.source ? `  Source: ${link(s.source)}` : ''].filter(Boolean).join('\n');
    }
    case 'list': {
      const items = s.items.map((i) => {
        const head = `• ${i.title}${i.badge ? `  [${i.badge.label}]` : ''}`;
        const detail = i.detail ? `\n  ${i.detail.replaceAll('\n', '\n  ')}` : '';
        const cmd = i.command ? `\n  ${i.command}` : '';
        return head + detail + cmd;
      });
      return [s.heading ? headingLine(s.heading) : '', ...items].filter(Boolean).join('\n');
    }
    case 'links':
      return [headingLine(s.heading), ...s.links.map((l) => `• ${link(l)}`)].join('\n');
  }
}
