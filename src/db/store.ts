import { sql } from 'drizzle-orm';
import { PledgewatchError } from '../core/errors';
import type { Store } from '../core/ports';
import { type Db, guarded } from './client';
import { getAnnouncement, recentChanges } from './announcement-queries';
import { appendAudit, listAudit } from './audit-queries';
import { grantEditor, isGrantedEditor, revokeEditor } from './editor-queries';
import { outboxOverview, retryDelivery } from './outbox-queries';
import { addFact, addPledge, addPledgeSource, editPledge } from './pledge-record-queries';
import { setReviewChannel } from './review-queries';
import { correctStatusChange, publishStatusChange } from './status-change-queries';
import { addFeed, listFeeds, removeFeed } from './feed-queries';
import { decideProposal, getProposal, listProposals, proposeChange } from './proposal-queries';
import { findEntity, listSubscriptions, subscribe, unsubscribe } from './subscription-queries';
import { comingDeadlines, getPledge, listPledges, pledgeHistory, searchPledges } from './pledge-queries';
import { addTariff, findTariffs, linkTariff } from './tariff-queries';
import { addWebhook, listWebhooks, removeWebhook } from './webhook-queries';
import { changesBetween, deadlines, getDigest, getReminder, lastDigestAt } from './schedule-queries';

/**
 * The core's Store port over drizzle. Every driver failure leaves here classified (storeError):
 * a value the database refused is the user's, a lost connection an outage.
 */
export function createStore(db: Db): Store {
  return guarded('store', {
    searchPledges: (query, opts) => searchPledges(db, query, opts.limit, opts.minSimilarity),
    getPledge: (slug) => getPledge(db, slug),
    listPledges: (opts) => listPledges(db, opts),
    comingDeadlines: (opts) => comingDeadlines(db, opts),
    pledgeHistory: (slug) => pledgeHistory(db, slug),
    findTariffs: (filter) => findTariffs(db, filter),
    isGrantedEditor: (actor) => isGrantedEditor(db, actor),
    appendAudit: (entry) => appendAudit(db, entry),
    listAudit: (opts) => listAudit(db, opts),
    publishStatusChange: (input, actor) => publishStatusChange(db, input, actor),
    correctStatusChange: (input, actor) => correctStatusChange(db, input, actor),
    addPledge: (input, actor) => addPledge(db, input, actor),
    editPledge: (slug, edit, actor) => editPledge(db, slug, edit, actor),
    addFact: (input, actor) => addFact(db, input, actor),
    addPledgeSource: (input, actor) => addPledgeSource(db, input, actor),
    addTariff: (input, actor) => addTariff(db, input, actor),
    linkTariff: (p, t, note, actor) => linkTariff(db, p, t, note, actor),
    setReviewChannel: (channel, actor) => setReviewChannel(db, channel, actor),
    grantEditor: (who, actor) => grantEditor(db, who, actor),
    revokeEditor: (who, actor) => revokeEditor(db, who, actor),
    findEntity: (q) => findEntity(db, q),
    subscribe: (channel, target, actor) => subscribe(db, channel, target, actor),
    unsubscribe: (channel, target, actor) => unsubscribe(db, channel, target, actor),
    listSubscriptions: (channel) => listSubscriptions(db, channel),
    getAnnouncement: (id) => getAnnouncement(db, id),
    recentChanges: (limit) => recentChanges(db, limit),
    outboxOverview: (limit) => outboxOverview(db, limit),
    retryDelivery: (id, actor) => retryDelivery(db, id, actor),
    proposeChange: (input) => proposeChange(db, input),
    listProposals: (opts) => listProposals(db, opts),
    decideProposal: (id, decision, actor) => decideProposal(db, id, decision, actor),
    getProposal: (id) => getProposal(db, id),
    addFeed: (url, actor) => addFeed(db, url, actor),
    removeFeed: (url, actor) => removeFeed(db, url, actor),
    listFeeds: () => listFeeds(db),
    addWebhook: (url, target, actor) => addWebhook(db, url, target, actor),
    removeWebhook: (ref, actor) => removeWebhook(db, ref, actor),
    listWebhooks: () => listWebhooks(db),
    deadlines: (opts) => deadlines(db, opts),
    changesBetween: (since, until, limit) => changesBetween(db, since, until, limit),
    lastDigestAt: () => lastDigestAt(db),
    getReminder: (id) => getReminder(db, id),
    getDigest: (id) => getDigest(db, id),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
  });
}
