/**
 * Realistic work-log data for benchmarks: a deterministic generator of export documents (the format
 * `promocase import` reads, src/core/transfer/export-document.ts) spread over ten years of weekly logging.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/** mulberry32: a small seeded PRNG, so every run benchmarks the same data. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROJECTS = [
  'billing',
  'checkout',
  'search',
  'identity',
  'payments-platform',
  'data-pipeline',
  'mobile-app',
  'observability',
  'developer-experience',
  'notifications',
  'pricing',
  'onboarding',
  'storage',
  'ml-ranking',
];
const VERBS = [
  'Led',
  'Shipped',
  'Designed',
  'Drove',
  'Wrote',
  'Reviewed',
  'Debugged',
  'Migrated',
  'Automated',
  'Refactored',
  'Mentored on',
  'Ran',
  'Cut latency of',
  'Unblocked',
  'Proposed',
  'Rolled out',
];
const THINGS = [
  'the billing migration cutover',
  'the invoice reconciliation job',
  'the checkout retry logic',
  'the search indexing pipeline',
  'the OAuth token refresh flow',
  'the schema migration for ledger entries',
  'the on-call runbook for payments',
  'the Kafka consumer lag alerts',
  'the caching RFC for product pages',
  'the feature-flag cleanup',
  'the flaky integration test suite',
  'the database connection pool tuning',
  'the mobile release train',
  'the incident review for the EU outage',
  'the rate limiter for the public API',
  'the data retention policy job',
  'the A/B test for pricing page',
  'the migration of cron jobs to the scheduler',
  'the CI pipeline split by package',
  'the accessibility audit fixes',
  'the design doc for multi-region failover',
  'the onboarding guide for new hires',
  'the dashboard for SLO burn rate',
  'the deprecation of the v1 billing API',
];
const DECISIONS = [
  'Chose an expand-and-contract migration so old and new code could run side by side.',
  'Decided to backfill in batches of 10k rows to keep replication lag under a second.',
  'Picked idempotency keys over distributed locks after comparing failure modes.',
  'Kept the old path behind a flag for two weeks to allow a fast rollback.',
  'Split the work into three PRs so each could be reviewed in under 30 minutes.',
  'Wrote a one-page RFC and got sign-off from the two teams that own the consumers.',
  'Paired with the SRE on call to reproduce the issue under production-like load.',
  'Moved the expensive query off the request path into a nightly materialised view.',
  'Added dashboards and alerts before the rollout rather than after.',
  'Documented the trade-offs so the next person does not have to rediscover them.',
];
const IMPACTS = [
  'p95 latency from 800ms to 300ms',
  'checkout conversion +0.4%',
  'saved about 6 engineer-hours a week of manual reconciliation',
  'zero downtime during the cutover; 2.3M accounts moved',
  'pager alerts down 40% quarter over quarter',
  'CI time from 28 to 11 minutes',
  'unblocked the EU launch two weeks early',
  'cloud bill down $18k a month',
  'error rate from 1.2% to 0.05%',
  'two new hires productive in their first week',
  '',
  '',
];
const PEOPLE = [
  'Priya Nair',
  'Alex Chen',
  'Jordan Lee',
  'Maria Garcia',
  'Tomasz Nowak',
  'Aisha Bello',
  'Kenji Watanabe',
  'Sofia Rossi',
  'Liam O Brien',
  'Fatima Khan',
  'Noah Schmidt',
  'Emma Dubois',
];
const COMPETENCIES = [
  'system-design',
  'execution',
  'technical-leadership',
  'mentoring',
  'communication',
  'operational-excellence',
  'product-sense',
  'collaboration',
];
const TAGS = [
  'migration',
  'billing',
  'performance',
  'reliability',
  'security',
  'oncall',
  'rfc',
  'hiring',
  'frontend',
  'backend',
  'infra',
  'cost',
  'testing',
  'incident',
  'api',
  'data',
];
const KINDS = ['feature', 'incident', 'design', 'mentoring', 'tech-debt', 'process', 'other'];
const SCOPES = ['individual', 'team', 'cross-team', 'org'];
const SOURCES = ['manual', 'manual', 'manual', 'manual', 'import:jira-2019.csv', 'demo'];

const MS_PER_DAY = 86_400_000;
const TEN_YEARS_DAYS = 3652;
/** The data ends on a fixed day so every run generates the same document. */
const END = Date.UTC(2026, 10, 20);

function hex(random, digits) {
  let s = '';
  for (let i = 0; i < digits; i++) s += Math.floor(random() * 16).toString(16);
  return s;
}

/** A UUIDv7-shaped id whose time part is the entry's creation time (the shape promocase itself uses). */
function uuidV7(ms, random) {
  const t = ms.toString(16).padStart(12, '0');
  const variant = (8 + Math.floor(random() * 4)).toString(16);
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${hex(random, 3)}-${variant}${hex(random, 3)}-${hex(random, 12)}`;
}

/**
 * Generates `count` entries spread over ten years (newest on 2026-11-20), a few soft-deleted, with
 * varied kinds, scopes, projects, tags, competencies, people, links and Markdown details.
 */
export function* generateEntries(count, seed = 42) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const some = (list, max) => {
    const n = Math.floor(random() * (max + 1));
    const chosen = new Set();
    for (let i = 0; i < n; i++) chosen.add(pick(list));
    return [...chosen];
  };
  for (let i = 0; i < count; i++) {
    // Even spread over the ten years, with jitter inside the week (entries are logged on any weekday).
    const dayOffset = Math.floor(((count - 1 - i) / count) * TEN_YEARS_DAYS + random() * 5);
    const dayMs = END - dayOffset * MS_PER_DAY;
    const date = new Date(dayMs).toISOString().slice(0, 10);
    const createdMs = dayMs + (9 + Math.floor(random() * 9)) * 3_600_000 + Math.floor(random() * 3_600_000);
    const edited = random() < 0.15;
    const updatedMs = edited ? createdMs + Math.floor(random() * 30) * MS_PER_DAY : createdMs;
    const project = random() < 0.85 ? pick(PROJECTS) : null;
    const thing = pick(THINGS);
    const details = [
      `${pick(DECISIONS)} ${pick(DECISIONS)}`,
      '',
      `- context: ${project ?? 'cross-cutting'} work on ${thing.replace(/^the /, '')}`,
      `- follow-up: ${pick(DECISIONS).toLowerCase()}`,
      random() < 0.3 ? `\n${pick(DECISIONS)}` : '',
    ]
      .join('\n')
      .trimEnd();
    const repo = project ?? 'platform';
    const links = [];
    if (random() < 0.6)
      links.push(`https://github.com/acme/${repo}/pull/${1000 + Math.floor(random() * 9000)}`);
    if (random() < 0.2) links.push(`https://docs.acme.dev/rfc/${repo}-${Math.floor(random() * 300)}`);
    yield {
      id: uuidV7(createdMs, random),
      date,
      title: `${pick(VERBS)} ${thing}${random() < 0.3 ? ` for ${pick(PROJECTS)}` : ''}`,
      details,
      impact: pick(IMPACTS),
      peopleHelped: some(PEOPLE, 2),
      collaborators: some(PEOPLE, 3),
      kind: pick(KINDS),
      competencies: some(COMPETENCIES, 3),
      scope: pick(SCOPES),
      links,
      project,
      tags: some(TAGS, 4),
      visibility: random() < 0.3 ? 'manager' : 'private',
      source: pick(SOURCES),
      createdAt: new Date(createdMs).toISOString(),
      updatedAt: new Date(updatedMs).toISOString(),
      deletedAt: random() < 0.01 ? new Date(updatedMs + MS_PER_DAY).toISOString() : null,
    };
  }
}

const PROFILE = {
  name: 'Sam Rivera',
  company: 'generic',
  currentLevel: 'mid',
  targetLevel: 'senior',
  managerName: 'Priya Nair',
  reviewCadence: 'half-yearly',
  nextCalibration: '2027-03-15',
  createdAt: '2016-11-01T09:00:00.000Z',
  updatedAt: '2016-11-01T09:00:00.000Z',
};

/**
 * Writes an export document with `count` entries to `file`, streaming so that 100,000 entries do not
 * need one giant string. Entries are sorted by date then id, as `promocase export` writes them.
 */
export async function writeExportDocument(file, count, seed = 42) {
  const entries = [...generateEntries(count, seed)].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  const out = createWriteStream(file);
  const write = async (text) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const head = {
    format: 'promocase-export',
    version: 1,
    exportedAt: new Date(END).toISOString(),
    generator: 'promocase bench',
    profile: PROFILE,
  };
  await write(`${JSON.stringify(head).slice(0, -1)},"entries":[\n`);
  for (let i = 0; i < entries.length; i++) await write(`${i ? ',\n' : ''}${JSON.stringify(entries[i])}`);
  await write('\n]}\n');
  out.end();
  await once(out, 'finish');
  return { file, count: entries.length, deleted: entries.filter((e) => e.deletedAt).length };
}
