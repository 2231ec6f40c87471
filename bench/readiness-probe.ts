/**
 * Bundled by bench/readiness.bench.mjs and run in its own process: times the readiness analysis in
 * process on a seeded home, as the whole use case (store reads, cached entry analysis, rules) and as the
 * rules alone. Prints one JSON line.
 */
import { openStore, servicesFor } from '../src/compose.js';
import { loadConfig } from '../src/config.js';
import { analyzePeerFeedback } from '../src/core/analysis/analyze-feedback.js';
import { entryAnalysisText } from '../src/core/analysis/entry-text.js';
import { COMPANY_PROFILES } from '../src/core/frameworks/company-profiles.js';
import { analyzeEntryQuality } from '../src/core/readiness/analyze-entry-quality.js';
import { assessCase } from '../src/core/readiness/assess-case.js';
import { loadPlanContext } from '../src/services/people/plan-context.js';

const [home, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 15);
const store = await openStore(loadConfig({ home, env: {} }));
const services = servicesFor(store);
const actor = await services.ensureLocalOwner();

let t = performance.now();
const first = await services.readiness.assess(actor);
const coldMs = performance.now() - t;

const service: number[] = [];
for (let i = 0; i < runs; i++) {
  t = performance.now();
  await services.readiness.assess(actor);
  service.push(performance.now() - t);
}

// The rules alone, on inputs read once.
const ctx = services.context;
const plan = await loadPlanContext(ctx, actor);
const entries = await store.listEntries(actor.ownerId, {});
const cached = await store.listEntryQuality(actor.ownerId);
const quality = new Map(
  entries.map((e) => [e.id, cached.get(e.id)?.quality ?? analyzeEntryQuality(entryAnalysisText(e))]),
);
const input = {
  today: ctx.today(),
  profile: plan.profile,
  framework: plan.framework,
  targetLevel: plan.targetLevel,
  company: COMPANY_PROFILES[plan.profile.company],
  entries,
  quality,
  assessments: await store.listRecords('assessments', actor.ownerId),
  goals: await store.listRecords('goals', actor.ownerId),
  peerFeedback: (await store.listRecords('peer_feedback', actor.ownerId)).map((f) => ({
    ...f,
    analysis: analyzePeerFeedback(f.text),
  })),
  conversations: await services.conversations.status(actor),
};
const core: number[] = [];
for (let i = 0; i < runs; i++) {
  t = performance.now();
  assessCase(input);
  core.push(performance.now() - t);
}
await store.close();
process.stdout.write(
  `${JSON.stringify({ entries: entries.length, coldMs, service, core, status: first.overall.status })}\n`,
);
