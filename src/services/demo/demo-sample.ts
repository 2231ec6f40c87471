/** The demo sample: a mid-level engineer aiming at Senior, six months of weekly entries (written by the project). */
export interface DemoEntry {
  /** Weeks before the week of `asOf` (0 = this week, 25 = about six months ago). */
  weeksAgo: number;
  /** Day of that week: 1 = Monday ... 5 = Friday. */
  weekday: 1 | 2 | 3 | 4 | 5;
  title: string; // one line, <= 200 chars
  details: string; // what I did, decisions made; Markdown allowed; may be ''
  impact: string; // outcome, metrics; may be ''
  peopleHelped: string[];
  collaborators: string[];
  kind: 'feature' | 'incident' | 'design' | 'mentoring' | 'tech-debt' | 'process' | 'other';
  competencies: Array<
    | 'craft'
    | 'system-design'
    | 'ownership'
    | 'ambiguity'
    | 'impact'
    | 'multiplier'
    | 'technical-leadership'
    | 'communication'
  >;
  scope: 'individual' | 'team' | 'cross-team' | 'org';
  links: string[]; // https URLs to fictional internal docs e.g. https://docs.example.com/...
  project: string | null;
  tags: string[]; // lowercase, kebab-case
  visibility: 'private' | 'manager';
}

export const demoProfile = {
  name: 'Sam Rivera',
  company: 'generic',
  currentLevel: 'mid',
  targetLevel: 'senior',
  managerName: 'Priya Nair',
  reviewCadence: 'half-yearly',
} as const;

/*
 * Story arc, oldest first:
 * - weeks 25-20: bug fixes, tests and small features on one team (solid mid-level scope);
 * - weeks 19-16: first design doc (fraud pre-scoring for checkout latency) and its rollout;
 * - weeks 16-5: owns the cross-team billing migration end to end, handles incident INC-2291,
 *   onboards and mentors a new hire (Jordan Lee), introduces a postmortem process;
 * - weeks 3-0: checkout SLO proposal, planning the next half, a progress check with the manager.
 * Weeks 17, 10 and 4 have no entries on purpose (missed weeks). A few entries are deliberately
 * vague so the analysis has something to flag.
 */
export const demoEntries: readonly DemoEntry[] = [
  // ---- week 25 ----
  {
    weeksAgo: 25,
    weekday: 2,
    title: 'Fixed the double-submit bug on the checkout Pay button',
    details:
      'Customers who double-clicked **Pay** on a slow connection could send two payment requests. I disabled the button while a request is in flight and added an idempotency key to `POST /payments` so the payment gateway rejects the second call.',
    impact:
      'Support logged 14 duplicate-charge tickets in the two weeks before the fix and none in the two weeks after.',
    peopleHelped: ['Emily Watson'],
    collaborators: ['Lena Fischer'],
    kind: 'other',
    competencies: ['craft'],
    scope: 'individual',
    links: ['https://code.example.com/checkout-web/pull/1482'],
    project: null,
    tags: ['bug-fix', 'payments'],
    visibility: 'manager',
  },
  {
    weeksAgo: 25,
    weekday: 4,
    title: 'Added cursor pagination to the invoices list API',
    details:
      'The invoices endpoint loaded every invoice for an account in one query. I switched it to cursor pagination on `(created_at, id)` with a page size of 50 and kept the old response shape behind a query flag for one release.',
    impact: "Our largest merchant's invoice page used to time out at 30 s; it now loads in about 1.2 s.",
    peopleHelped: [],
    collaborators: [],
    kind: 'feature',
    competencies: ['craft'],
    scope: 'individual',
    links: ['https://code.example.com/billing-api/pull/733'],
    project: null,
    tags: ['api', 'performance'],
    visibility: 'manager',
  },

  // ---- week 24 ----
  {
    weeksAgo: 24,
    weekday: 1,
    title: 'Shadowed Diego Alvarez for my first on-call week',
    details:
      'Joined the payments on-call rotation as a shadow. Diego walked me through the runbooks and let me drive on three of the pages while he watched.',
    impact: 'Ready to take the primary slot in two weeks instead of the usual four.',
    peopleHelped: [],
    collaborators: ['Diego Alvarez'],
    kind: 'other',
    competencies: ['ownership'],
    scope: 'individual',
    links: [],
    project: 'on-call',
    tags: ['on-call', 'reliability'],
    visibility: 'manager',
  },
  {
    weeksAgo: 24,
    weekday: 3,
    title: 'Fixed some bugs',
    details: '',
    impact: '',
    peopleHelped: [],
    collaborators: [],
    kind: 'other',
    competencies: ['craft'],
    scope: 'individual',
    links: [],
    project: null,
    tags: ['bug-fix'],
    visibility: 'manager',
  },
  {
    weeksAgo: 24,
    weekday: 5,
    title: 'Wrote unit tests for the tax calculation module',
    details:
      'The module had no tests around currency rounding. I added table-driven tests for the 12 currencies we support; two of them failed on the first run, which exposed real rounding bugs for JPY and KRW (zero-decimal currencies). Fixed both in the same PR.',
    impact:
      'Line coverage for `tax/` went from 41% to 78%; two latent rounding bugs fixed before a customer found them.',
    peopleHelped: [],
    collaborators: [],
    kind: 'tech-debt',
    competencies: ['craft'],
    scope: 'individual',
    links: ['https://code.example.com/billing-api/pull/741'],
    project: null,
    tags: ['testing', 'payments'],
    visibility: 'manager',
  },

  // ---- week 23 ----
  {
    weeksAgo: 23,
    weekday: 2,
    title: 'Profiled the checkout page load and found three slow queries',
    details:
      'Broke the checkout p95 (1.8 s) down by span in Grafana Tempo and cross-checked with `pg_stat_statements`. The cart-pricing query was doing a sequential scan over the `promotions` table (2.1M rows) on every request.',
    impact: 'The cart-pricing query alone accounted for about 620 ms of the 1.8 s p95.',
    peopleHelped: [],
    collaborators: [],
    kind: 'other',
    competencies: ['craft'],
    scope: 'individual',
    links: ['https://docs.example.com/notes/checkout-latency-profile'],
    project: 'checkout-latency',
    tags: ['performance', 'postgres', 'observability'],
    visibility: 'manager',
  },
  {
    weeksAgo: 23,
    weekday: 4,
    title: 'Added a composite index on promotions(merchant_id, active_until)',
    details:
      'Built the index concurrently during low traffic and checked the query plan in staging first. Left the other two slow queries for later; they were under 80 ms each.',
    impact: 'Cart-pricing query p95 dropped from 620 ms to 45 ms; checkout p95 went from 1.8 s to 1.25 s.',
    peopleHelped: [],
    collaborators: [],
    kind: 'feature',
    competencies: ['craft', 'impact'],
    scope: 'individual',
    links: ['https://code.example.com/checkout-service/pull/2210'],
    project: 'checkout-latency',
    tags: ['performance', 'postgres'],
    visibility: 'manager',
  },

  // ---- week 22 ----
  {
    weeksAgo: 22,
    weekday: 1,
    title: 'Helped the team with stuff',
    details: '',
    impact: '',
    peopleHelped: [],
    collaborators: [],
    kind: 'other',
    competencies: ['multiplier'],
    scope: 'team',
    links: [],
    project: null,
    tags: [],
    visibility: 'manager',
  },
  {
    weeksAgo: 22,
    weekday: 3,
    title: 'First solo on-call week: 7 pages, 2 actionable',
    details:
      "Five of the seven pages were a disk-usage alert on the reporting replica that never had user impact. With Diego's sign-off I raised its threshold and filed tickets for the two real problems (a stuck webhook consumer and an expired sandbox certificate).",
    impact: 'Both actionable pages were resolved within 30 minutes; the noisy alert has not fired since.',
    peopleHelped: [],
    collaborators: ['Diego Alvarez'],
    kind: 'incident',
    competencies: ['ownership'],
    scope: 'team',
    links: ['https://docs.example.com/oncall/handoff-week-22'],
    project: 'on-call',
    tags: ['on-call', 'alerting'],
    visibility: 'manager',
  },
  {
    weeksAgo: 22,
    weekday: 5,
    title: 'Did a lot of code reviews this week',
    details: '',
    impact: '',
    peopleHelped: [],
    collaborators: [],
    kind: 'other',
    competencies: ['multiplier'],
    scope: 'team',
    links: [],
    project: null,
    tags: ['code-review'],
    visibility: 'manager',
  },

  // ---- week 21 ----
  {
    weeksAgo: 21,
    weekday: 2,
    title: 'Removed the legacy coupon service client from checkout',
    details:
      'The coupon service was retired last year but its client library was still wired into checkout behind a dead code path. I confirmed zero calls over 30 days in the access logs, then deleted it.',
    impact: 'Deleted about 2,400 lines and one dependency with an open security advisory.',
    peopleHelped: [],
    collaborators: [],
    kind: 'tech-debt',
    competencies: ['craft', 'ownership'],
    scope: 'individual',
    links: ['https://code.example.com/checkout-service/pull/2231'],
    project: null,
    tags: ['cleanup', 'security'],
    visibility: 'manager',
  },
  {
    weeksAgo: 21,
    weekday: 4,
    title: 'Cleaned up 19 stale feature flags in checkout',
    details:
      'Listed every flag that had been at 100% or 0% for more than 90 days, checked each with its original author, and removed 19 of them in four small PRs.',
    impact: 'Checkout now evaluates 12 flags per request instead of 31.',
    peopleHelped: [],
    collaborators: ['Hannah Kim'],
    kind: 'tech-debt',
    competencies: ['craft'],
    scope: 'individual',
    links: [],
    project: null,
    tags: ['cleanup', 'feature-flags'],
    visibility: 'manager',
  },

  // ---- week 20 ----
  {
    weeksAgo: 20,
    weekday: 3,
    title: 'Career conversation with Priya: walked the Senior rubric together',
    details:
      'Told Priya directly that I want to reach Senior. She rated me on each competency:\n- craft: at Senior level\n- system design: no design doc of my own yet\n- scope: everything so far is inside our team\n- multiplier: no mentoring yet\n\nWe agreed on three goals for this half: author and land one design doc, lead one cross-team piece of work, and mentor the next hire.',
    impact: 'A written starting point and three time-boxed goals, saved in our 1:1 doc.',
    peopleHelped: [],
    collaborators: ['Priya Nair'],
    kind: 'other',
    competencies: ['communication', 'ownership'],
    scope: 'individual',
    links: ['https://docs.example.com/1on1/sam-priya'],
    project: null,
    tags: ['career'],
    visibility: 'private',
  },
  {
    weeksAgo: 20,
    weekday: 5,
    title: 'Fixed the flaky checkout integration tests',
    details:
      'The suite used fixed `sleep` calls while waiting for the order-created event. I replaced them with a helper that waits for the event with a timeout and logs the last state it saw.',
    impact:
      'Flake rate across 200 CI runs fell from 12% to 1.5%; Lena no longer re-runs the suite by hand before releases.',
    peopleHelped: ['Lena Fischer'],
    collaborators: [],
    kind: 'tech-debt',
    competencies: ['craft', 'multiplier'],
    scope: 'team',
    links: ['https://code.example.com/checkout-service/pull/2258'],
    project: null,
    tags: ['testing', 'ci'],
    visibility: 'manager',
  },

  // ---- week 19 ----
  {
    weeksAgo: 19,
    weekday: 1,
    title: 'Investigated why checkout p95 is still above 1.2 s',
    details:
      'Nobody owned the question, so I picked it up. Tracing showed about 40% of request time is a synchronous call to the fraud-scoring service owned by the risk team. The call happens at the last step, so the customer waits for it every time.',
    impact: '',
    peopleHelped: [],
    collaborators: [],
    kind: 'other',
    competencies: ['ambiguity', 'craft'],
    scope: 'individual',
    links: ['https://docs.example.com/notes/checkout-latency-profile'],
    project: 'checkout-latency',
    tags: ['performance', 'observability'],
    visibility: 'manager',
  },
  {
    weeksAgo: 19,
    weekday: 4,
    title: 'Wrote my first design doc: pre-scoring fraud checks at cart time',
    details:
      'Compared three options:\n1. cache fraud scores per customer (stale after any cart change)\n2. raise the timeout and retry less (does not cut latency)\n3. score asynchronously when the cart is created, keep the score for 5 minutes, fall back to the synchronous call on a miss\n\nRecommended option 3, with the fallback so a risk-service outage never blocks checkout.',
    impact: '',
    peopleHelped: [],
    collaborators: ['Marcus Chen', 'Aisha Okafor'],
    kind: 'design',
    competencies: ['system-design', 'communication'],
    scope: 'team',
    links: ['https://docs.example.com/design/checkout-fraud-prescoring'],
    project: 'checkout-latency',
    tags: ['design-doc', 'performance', 'payments'],
    visibility: 'manager',
  },

  // ---- week 18 ----
  {
    weeksAgo: 18,
    weekday: 2,
    title: 'Reviewed the pre-scoring design with the risk team',
    details:
      "Aisha's team worried that a score could go stale if the customer changed the cart after it was scored. I added a rule: re-score when the cart total changes by more than 10% or a new payment method is added. They signed off after that.",
    impact: 'Design approved by both the checkout and risk teams in one review round.',
    peopleHelped: [],
    collaborators: ['Aisha Okafor', 'Marcus Chen'],
    kind: 'design',
    competencies: ['communication', 'system-design'],
    scope: 'cross-team',
    links: ['https://docs.example.com/design/checkout-fraud-prescoring'],
    project: 'checkout-latency',
    tags: ['design-doc', 'payments'],
    visibility: 'manager',
  },
  {
    weeksAgo: 18,
    weekday: 4,
    title: 'Sync with the risk team',
    details: '',
    impact: '',
    peopleHelped: [],
    collaborators: ['Aisha Okafor'],
    kind: 'other',
    competencies: ['communication'],
    scope: 'cross-team',
    links: [],
    project: 'checkout-latency',
    tags: ['meetings'],
    visibility: 'private',
  },
  {
    weeksAgo: 18,
    weekday: 5,
    title: 'Implemented fraud pre-scoring behind a feature flag',
    details:
      'Cart creation now publishes a `cart.created` event; a small worker calls the fraud-scoring service and stores the score in Redis with a 5-minute TTL. Checkout reads the cached score and falls back to the synchronous call on a miss.',
    impact: 'In staging, checkout p95 went from 1.25 s to 760 ms with a 94% cache hit rate.',
    peopleHelped: [],
    collaborators: ['Aisha Okafor'],
    kind: 'feature',
    competencies: ['craft', 'system-design'],
    scope: 'team',
    links: ['https://code.example.com/checkout-service/pull/2301'],
    project: 'checkout-latency',
    tags: ['performance', 'redis', 'payments'],
    visibility: 'manager',
  },

  // ---- week 17: no entries (missed week) ----

  // ---- week 16 ----
  {
    weeksAgo: 16,
    weekday: 1,
    title: 'Rolled fraud pre-scoring out to 100% of checkout traffic',
    details:
      'Ramped 5% -> 25% -> 100% over three days, watching chargeback and decline rates with the risk team at each step.',
    impact:
      "Production checkout p95 went from 1.25 s to 780 ms. Checkout conversion rose 0.6 percentage points over the following two weeks (from Hannah Kim's funnel dashboard), with no change in chargeback rate.",
    peopleHelped: [],
    collaborators: ['Aisha Okafor', 'Hannah Kim'],
    kind: 'feature',
    competencies: ['impact', 'ownership'],
    scope: 'cross-team',
    links: ['https://dashboards.example.com/checkout/funnel'],
    project: 'checkout-latency',
    tags: ['performance', 'launch'],
    visibility: 'manager',
  },
  {
    weeksAgo: 16,
    weekday: 3,
    title: 'Wrote and shared the pre-scoring rollout retro',
    details:
      'Covered what worked (staged ramp, fallback path), what did not (we had no dashboard for cache hit rate until day two) and what I would reuse. Posted it in #eng-all.',
    impact:
      'The growth and subscriptions teams asked to reuse the pattern for their own slow third-party calls.',
    peopleHelped: [],
    collaborators: [],
    kind: 'other',
    competencies: ['communication'],
    scope: 'org',
    links: ['https://docs.example.com/retro/checkout-fraud-prescoring'],
    project: 'checkout-latency',
    tags: ['retro', 'documentation'],
    visibility: 'manager',
  },
  {
    weeksAgo: 16,
    weekday: 5,
    title: 'Volunteered to own the legacy billing migration',
    details:
      'Billing still runs on a 2014 Rails monolith with nightly cron jobs, and four teams depend on it (checkout, finance, growth, support). The migration had no owner for two quarters. I told Priya I would take it, since it covers my cross-team goal.',
    impact: '',
    peopleHelped: [],
    collaborators: ['Priya Nair'],
    kind: 'other',
    competencies: ['ownership', 'impact'],
    scope: 'cross-team',
    links: [],
    project: 'billing-migration',
    tags: ['migration'],
    visibility: 'manager',
  },

  // ---- week 15 ----
  {
    weeksAgo: 15,
    weekday: 2,
    title: 'Mapped every consumer of the legacy billing tables',
    details:
      'Combined database audit logs, a grep across all repositories and questions in five team channels. Found 11 services and 3 BI reports reading billing tables directly; two of those services were unknown to the teams that own them.',
    impact: 'The first complete inventory of billing consumers, with an owner named for each one.',
    peopleHelped: [],
    collaborators: ['Ravi Patel', 'Tomás Herrera'],
    kind: 'other',
    competencies: ['system-design', 'ownership'],
    scope: 'cross-team',
    links: ['https://docs.example.com/billing-migration/consumer-inventory'],
    project: 'billing-migration',
    tags: ['migration', 'documentation'],
    visibility: 'manager',
  },
  {
    weeksAgo: 15,
    weekday: 4,
    title: 'Wrote the billing migration design doc (v1)',
    details:
      'Proposed a strangler approach with four milestones:\n- **M1** read API in front of the legacy tables, consumers move to it\n- **M2** dual-write invoices through an outbox table\n- **M3** cut over account cohorts (5%, 25%, 100%)\n- **M4** decommission the cron jobs and tables\n\nEach milestone has a rollback path and an exit criterion.',
    impact: '',
    peopleHelped: [],
    collaborators: ['Marcus Chen'],
    kind: 'design',
    competencies: ['system-design', 'technical-leadership'],
    scope: 'cross-team',
    links: ['https://docs.example.com/design/billing-migration'],
    project: 'billing-migration',
    tags: ['design-doc', 'migration'],
    visibility: 'manager',
  },

  // ---- week 14 ----
  {
    weeksAgo: 14,
    weekday: 1,
    title: 'Ran the billing migration design review with four teams',
    details:
      'Finance pushed back on dual-write: they could not accept any drift between old and new invoice totals. Instead of arguing, I added a nightly reconciliation job that compares both stores and blocks the next cohort if it finds a single discrepancy. Recorded every decision in the doc.',
    impact: 'Design approved by checkout, finance, growth and support; milestones and owners agreed.',
    peopleHelped: [],
    collaborators: ['Tomás Herrera', 'Marcus Chen', 'Keisha Morgan', 'Emily Watson'],
    kind: 'design',
    competencies: ['technical-leadership', 'communication'],
    scope: 'cross-team',
    links: [
      'https://docs.example.com/design/billing-migration',
      'https://docs.example.com/billing-migration/decision-log',
    ],
    project: 'billing-migration',
    tags: ['design-doc', 'migration', 'design-review'],
    visibility: 'manager',
  },
  {
    weeksAgo: 14,
    weekday: 3,
    title: 'Built the billing read API (M1) skeleton',
    details:
      'Go service with endpoints for accounts, invoices and line items, reading from a replica of the legacy database. Contract tests run against the Rails responses so consumers see identical data.',
    impact: '',
    peopleHelped: [],
    collaborators: [],
    kind: 'feature',
    competencies: ['craft', 'system-design'],
    scope: 'team',
    links: ['https://code.example.com/billing-read-api/pull/12'],
    project: 'billing-migration',
    tags: ['migration', 'api'],
    visibility: 'manager',
  },
  {
    weeksAgo: 14,
    weekday: 5,
    title: 'Worked on billing things',
    details: '',
    impact: '',
    peopleHelped: [],
    collaborators: [],
    kind: 'other',
    competencies: ['craft'],
    scope: 'individual',
    links: [],
    project: 'billing-migration',
    tags: [],
    visibility: 'manager',
  },

  // ---- week 13 ----
  {
    weeksAgo: 13,
    weekday: 2,
    title: 'Wrote a 30-day onboarding plan for our new hire, Jordan Lee',
    details:
      'Picked three starter tasks sized to ship in weeks 1, 2 and 4, each in a different part of the codebase. Set up pairing twice a week and a short written check-in every Friday.',
    impact: '',
    peopleHelped: ['Jordan Lee'],
    collaborators: ['Priya Nair'],
    kind: 'mentoring',
    competencies: ['multiplier'],
    scope: 'team',
    links: ['https://docs.example.com/onboarding/jordan-30-day-plan'],
    project: 'onboarding',
    tags: ['onboarding', 'mentoring'],
    visibility: 'manager',
  },
  {
    weeksAgo: 13,
    weekday: 4,
    title: 'Moved the first two consumers onto the billing read API',
    details:
      'Paired with Tomás on the finance ledger export and with Ravi on the revenue BI report. Both now read through the API instead of the tables.',
    impact: '2 of 11 consumers off direct table reads; no data differences in a week of side-by-side runs.',
    peopleHelped: ['Tomás Herrera', 'Ravi Patel'],
    collaborators: ['Tomás Herrera', 'Ravi Patel'],
    kind: 'feature',
    competencies: ['ownership', 'craft'],
    scope: 'cross-team',
    links: [],
    project: 'billing-migration',
    tags: ['migration'],
    visibility: 'manager',
  },

  // ---- week 12 ----
  {
    weeksAgo: 12,
    weekday: 1,
    title: 'Paired with Jordan on their first PR in week one',
    details:
      'Walked Jordan through our review conventions and deploy pipeline while they fixed a small bug in the receipts email template.',
    impact: "Jordan merged their first PR on day 3; the team's recent hires averaged around day 9.",
    peopleHelped: ['Jordan Lee'],
    collaborators: [],
    kind: 'mentoring',
    competencies: ['multiplier'],
    scope: 'team',
    links: [],
    project: 'onboarding',
    tags: ['onboarding', 'mentoring'],
    visibility: 'manager',
  },
  {
    weeksAgo: 12,
    weekday: 3,
    title: 'Rewrote the local development setup guide as a single script',
    details:
      'Jordan needed two days to get a working environment from the old wiki page. I replaced the 40 manual steps with `make dev-setup` (Docker Compose, seeded database, test credentials) and asked Jordan and a contractor to try it from scratch.',
    impact: 'Setup time went from about 2 days to about 40 minutes for both testers.',
    peopleHelped: ['Jordan Lee'],
    collaborators: [],
    kind: 'process',
    competencies: ['multiplier', 'craft'],
    scope: 'team',
    links: ['https://docs.example.com/onboarding/dev-setup'],
    project: 'onboarding',
    tags: ['developer-experience', 'documentation'],
    visibility: 'manager',
  },
  {
    weeksAgo: 12,
    weekday: 5,
    title: 'Shipped invoice dual-write (M2) behind a flag',
    details:
      'Every invoice write now lands in an outbox table inside the same transaction; a relay publishes it to the new billing service. Chose the outbox over writing to both databases from the app so a crash between writes cannot leave them out of sync.',
    impact: '',
    peopleHelped: [],
    collaborators: ['Marcus Chen'],
    kind: 'feature',
    competencies: ['system-design', 'craft'],
    scope: 'team',
    links: ['https://code.example.com/billing/pull/4120'],
    project: 'billing-migration',
    tags: ['migration', 'postgres'],
    visibility: 'manager',
  },

  // ---- week 11 ----
  {
    weeksAgo: 11,
    weekday: 2,
    title: 'Led the response to INC-2291: duplicate invoice emails',
    details:
      'Paged at 07:10 while on call. After a scheduler failover overnight, the legacy invoice job had run twice and sent customers a second invoice email. I paused the job, confirmed no card was charged twice, and worked with Emily Watson in support on a short note to affected customers.',
    impact:
      'Stopped within 38 minutes of the page. About 3,100 customers got a duplicate email; none were charged twice, and support sent the correction within 2 hours.',
    peopleHelped: ['Emily Watson'],
    collaborators: ['Emily Watson', 'Diego Alvarez'],
    kind: 'incident',
    competencies: ['ownership', 'communication'],
    scope: 'cross-team',
    links: ['https://docs.example.com/incidents/INC-2291'],
    project: 'on-call',
    tags: ['incident', 'on-call', 'billing'],
    visibility: 'manager',
  },
  {
    weeksAgo: 11,
    weekday: 4,
    title: 'Ran the blameless postmortem for INC-2291',
    details:
      'Root cause: the scheduler did not hold a lease, so both nodes ran the job after failover. Five action items, each with an owner and a due date; the main fix is a database lease so a job can only run once per window, plus an idempotency check on invoice id and send date.',
    impact: 'Four of the five action items closed within two weeks; no repeat since.',
    peopleHelped: [],
    collaborators: ['Diego Alvarez', 'Priya Nair'],
    kind: 'incident',
    competencies: ['ownership', 'technical-leadership'],
    scope: 'team',
    links: ['https://docs.example.com/incidents/INC-2291/postmortem'],
    project: 'on-call',
    tags: ['incident', 'postmortem', 'reliability'],
    visibility: 'manager',
  },
  {
    weeksAgo: 11,
    weekday: 5,
    title: 'Helped Jordan out',
    details: '',
    impact: '',
    peopleHelped: ['Jordan Lee'],
    collaborators: [],
    kind: 'mentoring',
    competencies: ['multiplier'],
    scope: 'individual',
    links: [],
    project: 'onboarding',
    tags: ['mentoring'],
    visibility: 'manager',
  },

  // ---- week 10: no entries (missed week) ----

  // ---- week 9 ----
  {
    weeksAgo: 9,
    weekday: 1,
    title: 'Introduced a postmortem template and a weekly action-item review',
    details:
      'Three of our last five postmortems had action items with no owner, and none of those were ever done. I wrote a template that requires an owner and due date per item, and set up a 15-minute Monday review of open items.',
    impact:
      'Adopted by our team and by the SRE team; open postmortem items older than 30 days went from 9 to 2 in six weeks.',
    peopleHelped: [],
    collaborators: ['Diego Alvarez', 'Priya Nair'],
    kind: 'process',
    competencies: ['multiplier', 'communication'],
    scope: 'cross-team',
    links: ['https://docs.example.com/process/postmortem-template'],
    project: 'on-call',
    tags: ['postmortem', 'process', 'reliability'],
    visibility: 'manager',
  },
  {
    weeksAgo: 9,
    weekday: 3,
    title: 'Cut the first 5% cohort of accounts over to the new billing service',
    details:
      'About 2,000 accounts now get invoices generated by the new service. The nightly reconciliation job compares totals against the legacy system before we move on.',
    impact:
      'Seven nights of reconciliation with zero discrepancies, which met the exit criterion for the next cohort.',
    peopleHelped: [],
    collaborators: ['Tomás Herrera'],
    kind: 'feature',
    competencies: ['ownership', 'impact'],
    scope: 'cross-team',
    links: ['https://dashboards.example.com/billing/reconciliation'],
    project: 'billing-migration',
    tags: ['migration', 'launch'],
    visibility: 'manager',
  },
  {
    weeksAgo: 9,
    weekday: 5,
    title: 'Coached Jordan through their first design doc (webhook retry queue)',
    details:
      'Reviewed the draft by asking questions (what happens on a poison message? how do we replay?) rather than rewriting it. Jordan revised it twice and presented it to the team themselves.',
    impact: "Jordan's design was approved with no changes requested in the team review.",
    peopleHelped: ['Jordan Lee'],
    collaborators: [],
    kind: 'mentoring',
    competencies: ['multiplier', 'technical-leadership'],
    scope: 'team',
    links: ['https://docs.example.com/design/webhook-retry-queue'],
    project: 'onboarding',
    tags: ['mentoring', 'design-doc'],
    visibility: 'manager',
  },

  // ---- week 8 ----
  {
    weeksAgo: 8,
    weekday: 2,
    title: 'Pushed back on adding proration changes to the billing migration',
    details:
      'Product asked to fold the new proration rules into the migration. I estimated it at about six extra weeks and showed that it would change invoice totals mid-cutover, which the reconciliation job would flag as discrepancies. Proposed shipping proration as a follow-up once cutover is done.',
    impact: 'Kept the cutover on schedule; proration is planned as its own project next quarter.',
    peopleHelped: [],
    collaborators: ['Noah Brooks', 'Priya Nair'],
    kind: 'other',
    competencies: ['communication', 'ownership'],
    scope: 'cross-team',
    links: ['https://docs.example.com/billing-migration/decision-log'],
    project: 'billing-migration',
    tags: ['migration', 'planning'],
    visibility: 'manager',
  },
  {
    weeksAgo: 8,
    weekday: 4,
    title: 'Cut over 25% of accounts to the new billing service',
    details:
      'Reconciliation caught one discrepancy on the second night: a rounding difference on invoices in CHF. Fixed it, re-ran the night, and held the cohort until we had seven clean nights.',
    impact:
      'About 10,000 accounts migrated. Their nightly invoice run takes 22 minutes instead of the legacy 4 hours.',
    peopleHelped: [],
    collaborators: ['Tomás Herrera'],
    kind: 'feature',
    competencies: ['ownership', 'impact'],
    scope: 'cross-team',
    links: ['https://dashboards.example.com/billing/reconciliation'],
    project: 'billing-migration',
    tags: ['migration', 'launch'],
    visibility: 'manager',
  },

  // ---- week 7 ----
  {
    weeksAgo: 7,
    weekday: 1,
    title: 'Gave a lunch-and-learn on tracing a checkout request end to end',
    details:
      'Used the pre-scoring work as the worked example: finding the slow span, reading a query plan, proving the fix with a before/after trace.',
    impact:
      '34 people from 6 teams attended; the recording has been linked from the observability onboarding page.',
    peopleHelped: [],
    collaborators: [],
    kind: 'other',
    competencies: ['multiplier', 'communication'],
    scope: 'org',
    links: ['https://docs.example.com/talks/tracing-checkout'],
    project: null,
    tags: ['observability', 'knowledge-sharing'],
    visibility: 'manager',
  },
  {
    weeksAgo: 7,
    weekday: 3,
    title: 'Unblocked the growth team on billing read API pagination',
    details:
      'Keisha Morgan was stuck moving the referral-credits job because it needed every invoice for an account at once. I added a streaming export endpoint instead of making them page through 50 at a time.',
    impact:
      'Growth finished their consumer migration in 2 days instead of the sprint they had planned (9 of 11 consumers done).',
    peopleHelped: ['Keisha Morgan'],
    collaborators: ['Keisha Morgan'],
    kind: 'feature',
    competencies: ['multiplier', 'ownership'],
    scope: 'cross-team',
    links: ['https://code.example.com/billing-read-api/pull/58'],
    project: 'billing-migration',
    tags: ['migration', 'api'],
    visibility: 'manager',
  },
  {
    weeksAgo: 7,
    weekday: 5,
    title: 'Took Jordan on as my on-call shadow',
    details: 'Same setup Diego used with me: Jordan drives, I watch and only step in when asked.',
    impact: 'Four pages this week; Jordan led two of them through to resolution.',
    peopleHelped: ['Jordan Lee'],
    collaborators: [],
    kind: 'mentoring',
    competencies: ['multiplier'],
    scope: 'team',
    links: [],
    project: 'on-call',
    tags: ['on-call', 'mentoring'],
    visibility: 'manager',
  },

  // ---- week 6 ----
  {
    weeksAgo: 6,
    weekday: 2,
    title: 'Completed the billing cutover: 100% of accounts on the new service',
    details:
      'Moved the last cohort after seven clean reconciliation nights at 25%. The final two consumers (support tooling and the tax report) moved the same week.',
    impact:
      'All ~40,000 accounts migrated with zero customer-facing errors. The nightly invoice run dropped from 4 hours to 22 minutes, and 11 of 11 consumers now use the API.',
    peopleHelped: [],
    collaborators: ['Tomás Herrera', 'Keisha Morgan', 'Emily Watson', 'Marcus Chen'],
    kind: 'feature',
    competencies: ['ownership', 'impact', 'technical-leadership'],
    scope: 'cross-team',
    links: [
      'https://dashboards.example.com/billing/reconciliation',
      'https://docs.example.com/design/billing-migration',
    ],
    project: 'billing-migration',
    tags: ['migration', 'launch'],
    visibility: 'manager',
  },
  {
    weeksAgo: 6,
    weekday: 4,
    title: 'Wrote the billing migration summary for engineering leadership',
    details:
      'Two pages: the problem, the four milestones, what went wrong (the CHF rounding bug), the numbers, and the remaining decommission work.',
    impact: 'Our director shared it in the monthly engineering review as an example migration plan.',
    peopleHelped: [],
    collaborators: ['Priya Nair'],
    kind: 'other',
    competencies: ['communication'],
    scope: 'org',
    links: ['https://docs.example.com/billing-migration/summary'],
    project: 'billing-migration',
    tags: ['documentation', 'migration'],
    visibility: 'manager',
  },

  // ---- week 5 ----
  {
    weeksAgo: 5,
    weekday: 1,
    title: 'Decommissioned the legacy billing cron jobs and tables (M4)',
    details:
      'Archived the tables to cold storage, removed 14 cron jobs, and shut down the dedicated database instance after a two-week read-only period with no access.',
    impact: 'Saves about $1,800 a month in database costs and removes the job that caused INC-2291.',
    peopleHelped: [],
    collaborators: ['Diego Alvarez'],
    kind: 'tech-debt',
    competencies: ['ownership', 'impact'],
    scope: 'team',
    links: ['https://docs.example.com/billing-migration/decommission-checklist'],
    project: 'billing-migration',
    tags: ['migration', 'cleanup', 'cost'],
    visibility: 'manager',
  },
  {
    weeksAgo: 5,
    weekday: 3,
    title: 'Prepared Jordan for their first solo on-call week',
    details:
      'Ran two tabletop drills based on INC-2291 and the stuck webhook consumer, then reviewed the runbooks together and fixed the two steps Jordan found confusing.',
    impact: 'Jordan handled five pages in their solo week without escalating to me.',
    peopleHelped: ['Jordan Lee'],
    collaborators: [],
    kind: 'mentoring',
    competencies: ['multiplier'],
    scope: 'team',
    links: ['https://docs.example.com/oncall/tabletop-drills'],
    project: 'on-call',
    tags: ['on-call', 'mentoring'],
    visibility: 'manager',
  },
  {
    weeksAgo: 5,
    weekday: 5,
    title: 'Interviewed two backend candidates',
    details: 'System design round for both. Wrote up feedback the same day.',
    impact: '',
    peopleHelped: [],
    collaborators: [],
    kind: 'other',
    competencies: ['multiplier'],
    scope: 'team',
    links: [],
    project: null,
    tags: ['hiring'],
    visibility: 'private',
  },

  // ---- week 4: no entries (missed week) ----

  // ---- week 3 ----
  {
    weeksAgo: 3,
    weekday: 2,
    title: 'Drafted a checkout latency and availability SLO proposal',
    details:
      'Proposed a p95 target under 900 ms and 99.9% availability measured at the load balancer, with an error-budget policy: when the budget is spent, the next sprint goes to reliability work. Reviewed the measurement approach with Diego from SRE.',
    impact: '',
    peopleHelped: [],
    collaborators: ['Diego Alvarez', 'Hannah Kim'],
    kind: 'design',
    competencies: ['system-design', 'communication'],
    scope: 'cross-team',
    links: ['https://docs.example.com/design/checkout-slo'],
    project: 'checkout-latency',
    tags: ['slo', 'reliability', 'design-doc'],
    visibility: 'manager',
  },
  {
    weeksAgo: 3,
    weekday: 4,
    title: 'Supported Jordan while they led the webhook retry queue rollout',
    details:
      'Jordan ran the rollout; I stayed in a backup role and reviewed the ramp plan. Stepped in once, to suggest pausing at 50% when the dead-letter queue grew faster than expected.',
    impact: 'Failed webhook deliveries dropped from 1.2% to 0.1%. Jordan owns the service now.',
    peopleHelped: ['Jordan Lee'],
    collaborators: [],
    kind: 'mentoring',
    competencies: ['multiplier', 'technical-leadership'],
    scope: 'team',
    links: ['https://docs.example.com/design/webhook-retry-queue'],
    project: 'onboarding',
    tags: ['mentoring', 'reliability'],
    visibility: 'manager',
  },

  // ---- week 2 ----
  {
    weeksAgo: 2,
    weekday: 1,
    title: 'Two more teams adopted the dev-setup script',
    details:
      "The platform and growth teams asked for the script after seeing Jordan's onboarding. I split out the team-specific parts into a config file so each team can keep its own seed data.",
    impact: 'New hires on both teams now get a working environment in under an hour.',
    peopleHelped: ['Keisha Morgan'],
    collaborators: [],
    kind: 'process',
    competencies: ['multiplier', 'impact'],
    scope: 'cross-team',
    links: ['https://docs.example.com/onboarding/dev-setup'],
    project: 'onboarding',
    tags: ['developer-experience', 'onboarding'],
    visibility: 'manager',
  },
  {
    weeksAgo: 2,
    weekday: 3,
    title: 'Turned next half\'s "make checkout faster and more reliable" into a plan',
    details:
      'Split the request into three milestones with exit criteria: adopt the SLO, move the remaining synchronous calls off the critical path, and add a load test to CI. Estimated each and named the risks.',
    impact: 'Plan accepted in quarterly planning; Hannah used it as the checkout section of the roadmap.',
    peopleHelped: [],
    collaborators: ['Hannah Kim', 'Priya Nair'],
    kind: 'other',
    competencies: ['ambiguity', 'communication'],
    scope: 'team',
    links: ['https://docs.example.com/planning/checkout-next-half'],
    project: 'checkout-latency',
    tags: ['planning'],
    visibility: 'manager',
  },

  // ---- week 1 ----
  {
    weeksAgo: 1,
    weekday: 2,
    title: 'Progress check with Priya against the Senior gaps',
    details:
      'Went back through the gap list from our career conversation. Priya said the design-doc and cross-team gaps are now covered by pre-scoring and the billing migration, and that mentoring Jordan covers the third. Her remaining ask: more written influence outside the team, such as an RFC other teams adopt. I asked her to put that in writing, with a date.',
    impact: '',
    peopleHelped: [],
    collaborators: ['Priya Nair'],
    kind: 'other',
    competencies: ['communication'],
    scope: 'individual',
    links: ['https://docs.example.com/1on1/sam-priya'],
    project: null,
    tags: ['career'],
    visibility: 'private',
  },
  {
    weeksAgo: 1,
    weekday: 4,
    title: 'Paired with Lena Fischer on contract tests for the billing API',
    details:
      'Showed Lena how the contract tests from M1 work so QA can add cases without waiting on us. She wrote the first three on her own the next day.',
    impact: '',
    peopleHelped: ['Lena Fischer'],
    collaborators: ['Lena Fischer'],
    kind: 'other',
    competencies: ['multiplier', 'craft'],
    scope: 'team',
    links: [],
    project: 'billing-migration',
    tags: ['testing', 'api'],
    visibility: 'manager',
  },

  // ---- week 0 ----
  {
    weeksAgo: 0,
    weekday: 1,
    title: 'Started the checkout SLO dashboard',
    details: 'First panels for p95 latency and availability against the proposed targets.',
    impact: '',
    peopleHelped: [],
    collaborators: ['Diego Alvarez'],
    kind: 'feature',
    competencies: ['ownership'],
    scope: 'team',
    links: ['https://dashboards.example.com/checkout/slo'],
    project: 'checkout-latency',
    tags: ['slo', 'observability'],
    visibility: 'manager',
  },
];
