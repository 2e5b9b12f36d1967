import { ok } from '../errors';
import type { Reply } from '../reply';
import { pledgeStatuses } from '../vocabulary';
import type { CommandResult } from './types';

export function helpReply(): Reply {
  return {
    summary: 'pledgewatch: how to look up pledges and tariffs',
    title: 'pledgewatch',
    sections: [
      {
        kind: 'list',
        heading: 'Pledges',
        items: [
          { title: '/pledge <query>', detail: 'a pledge by slug, entity, person or words: /pledge alibaba, /pledge jack ma, /pledge 1m jobs' },
          { title: '/pledge list [status] [page]', detail: `statuses: ${pledgeStatuses.join(', ')}` },
          { title: '/pledge history <slug>', detail: 'every status change, with quote and source' },
          { title: '/pledge help', detail: 'this message' },
        ],
      },
      {
        kind: 'list',
        heading: 'Tariffs',
        items: [
          { title: '/tariff <country>', detail: '/tariff china, /tariff us china' },
          { title: '/tariff list <n>', detail: '/tariff list 3, /tariff list 4a' },
          { title: '/tariff <date>', detail: 'actions announced or effective that day: /tariff 2018-09-24' },
          { title: '/tariff retaliation', detail: 'actions that answer another' },
          { title: '/tariff chart', detail: 'average tariffs over time, as a chart when the bot has a public address' },
        ],
      },
    ],
    visibility: 'ephemeral',
  };
}

export const help = async (): Promise<CommandResult> => ok(helpReply());
