/**
 * `npm run eval`: the newswire detection eval over test/fixtures/articles (labels.json) and
 * the seed articles in ../shared/seeds (each a retraction of alibaba-1m-us-jobs; skipped
 * when the folder is absent). Prints the table and writes it to docs/newswire-eval.md.
 * Exit 1 when the targets are not met.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, loadLabelled, meetsTargets, renderReport } from './evaluate';
import { seedProfiles } from './seed-profiles';

const root = process.cwd();
const articles = loadLabelled(join(root, 'test/fixtures/articles'), join(root, '../shared/seeds'));
const report = evaluate(articles, seedProfiles());
const table = renderReport(report);
const ok = meetsTargets(report);
process.stdout.write(`${table}\n\ntargets (retracted precision ≥ 0.9, recall ≥ 0.9, no proposals for untracked articles): ${ok ? 'met' : 'NOT met'}\n`);

const doc = `# Newswire detection eval

\`npm run eval\` runs \`pledgewatch ingest\`'s detection (src/ingest: Readability/plain-text
extraction, then detect.ts's cue rules) over ${articles.length} labelled articles: the fixtures in
test/fixtures/articles (written for this eval; labels in labels.json) and the seed articles in
../shared/seeds (each labelled a retraction of alibaba-1m-us-jobs). Scores are over
(article, pledge) pairs; a 'mention' is a finding that is not printed and proposes nothing.

Targets: precision ≥ 0.9 and recall ≥ 0.9 on \`retracted\`; no proposal (a finding other
than 'mention') for an article about no tracked pledge. ${ok ? 'Met.' : 'NOT met.'}

${table}

How to read this:

- The fixtures for \`scaled_back\`, \`broken\` and \`kept\` are invented scenarios (the pledge
  was retracted; nothing was scaled back or claimed kept), written so those rules are exercised.
- The set is small and was written by the people who wrote the rules, so the numbers are a
  regression check, not a measure of accuracy on real wires. The last six fixtures (r13, r14,
  a06, n11, m05, m06) were written after the rules had been tuned on the others. On their
  first run, two of them failed. In m05, "Alibaba dropped its full-year revenue target" was
  read as a retraction (retracted precision 0.94). In r14, "off the table" was not a cue
  (retracted recall 0.94). The fixes were: a weak pledge word (target, plan, goal) now
  counts only next to the pledge's subject (jobs), and "off the table" is now a cue. After
  these fixes, no part of the set is held out any more.
- What detection does (src/ingest/detect.ts, cues.ts): an article counts only when it names
  the entity or the person and also the pledge itself. Each sentence tied to the pledge is
  matched against a table of cue phrases with weights. A negated cue or a denial ("denies
  scrapping", "has not abandoned") becomes \`reaffirmed\` or is dropped. A hedged cue or a
  question ("could abandon", "whether") has its weight halved. Cues inside the pledger's own
  quoted words count for more, and their quote is the one shown. Each pledge gets one
  finding per article. Below 0.55 confidence, the finding is only a \`mention\`.
`;
writeFileSync(join(root, 'docs/newswire-eval.md'), doc);
process.exit(ok ? 0 : 1);
