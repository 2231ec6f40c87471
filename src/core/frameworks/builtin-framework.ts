/**
 * The built-in career framework, written by the promocase project: six levels, eight competencies
 * and what each level expects of each competency. Plain data, typed but not parsed at load time
 * (builtin-framework.test.ts checks it against the FrameworkDocument schema).
 *
 * Cumulative: a cell only says what is new or bigger at its level. Level and competency ids are
 * fixed (see builtin-ids.ts); the wording may change freely.
 */
import { BUILTIN_FRAMEWORK_ID } from './builtin-ids.js';
import type { FrameworkDocument } from './framework.js';

export const BUILTIN_FRAMEWORK: FrameworkDocument = {
  format: 'promocase-framework',
  version: 1,
  id: BUILTIN_FRAMEWORK_ID,
  name: 'promocase engineering ladder',
  description:
    'A six-level ladder for software engineers, from junior to principal, described across eight competencies. ' +
    'The levels are cumulative: each one includes everything the levels below it expect, so a cell only describes ' +
    'what is new or bigger at that level. Scope grows as you climb: your own tasks, then features, then a system ' +
    'and the team around it, then several teams, then the organization, and finally the company and sometimes the ' +
    'industry. Senior is the level most people aim for, and its row spells out the five shifts that separate it ' +
    'from mid-level.\n\n' +
    'This is a guide for a conversation with your manager, not a checklist. Nobody shows every signal, and nobody ' +
    'gets promoted for ticking boxes. Use it to agree on where you stand today, what it would take to move up in ' +
    'each competency, and what evidence would show it. The examples illustrate the kind of specific, measurable ' +
    'evidence that convinces a promotion committee; they are not targets to copy.',
  source: 'built-in (written by the promocase project)',
  levels: [
    {
      id: 'junior',
      name: 'Junior engineer',
      summary:
        'A junior engineer delivers well-defined tasks with guidance from more experienced teammates. Most of ' +
        'their growth is learning: the codebase, the tools, how the team works, and when to ask for help. Over ' +
        'time the tasks get larger and the guidance they need gets lighter.',
    },
    {
      id: 'mid',
      name: 'Mid-level engineer',
      summary:
        'A mid-level engineer owns features from a spec to production and beyond, with little supervision. ' +
        "They are dependable, write solid code, review their peers' work and take their turn on call. The " +
        'problems they work on are mostly framed by someone else. This is a real career level, not a waiting ' +
        'room: many strong engineers do excellent work here for years.',
    },
    {
      id: 'senior',
      name: 'Senior engineer',
      summary:
        'A senior engineer owns a system or problem domain and makes the team around them better. Good code is ' +
        'the floor, not the bar: it is expected, and it is not what gets someone promoted. What changes from ' +
        'mid-level comes down to five shifts: scope of ownership (systems and problem domains, not tasks), ' +
        'tolerance for ambiguity (turning vague problems into plans with milestones), impact beyond their own ' +
        'output (the team is better because of them), technical leadership (architecture decisions, design ' +
        'docs, guidance for others), and communication and influence (explaining trade-offs, pushing back with ' +
        'data, writing documents that change minds). The promotion recognizes that someone has done this ' +
        'consistently for six to twelve months; it is not permission to start.',
    },
    {
      id: 'staff',
      name: 'Staff engineer',
      summary:
        "A staff engineer's scope spans several teams. They take on problems no single team owns, such as " +
        'cross-team architecture, shared platforms and migrations that everyone depends on, and they set ' +
        'technical direction for an area without authority over the people doing the work. Much of their value ' +
        'comes from choosing which problems are worth solving at all.',
    },
    {
      id: 'senior-staff',
      name: 'Senior staff engineer',
      summary:
        'A senior staff engineer works at the scale of an organization: many teams under one engineering leader. ' +
        "Together with the org's leadership they shape its technical strategy over several years, find problems " +
        "before anyone has named them, and grow the staff engineers who lead the org's biggest efforts.",
    },
    {
      id: 'principal',
      name: 'Principal engineer',
      summary:
        "A principal engineer's scope is the company, and sometimes the wider industry. They shape the company's " +
        'long-term technical bets, advise executives as a peer on technical matters, and are known outside the ' +
        'company for their work. Their decisions change how the whole company builds and runs software, often ' +
        'for years.',
    },
  ],
  seniorLevel: 'senior',
  competencies: [
    {
      id: 'craft',
      name: 'Craft',
      summary:
        'Writing code, tests and tooling that are correct, readable and easy to change; debugging; and the ' +
        'judgment to know how much polish a given piece of work deserves.',
    },
    {
      id: 'system-design',
      name: 'System design',
      summary:
        'Deciding how components, services and data fit together so a system meets its needs today and can ' +
        'still change tomorrow: interfaces, data models, failure modes and the trade-offs between them.',
    },
    {
      id: 'ownership',
      name: 'Ownership',
      summary:
        'Taking responsibility for outcomes rather than assigned work: following through, running what you ' +
        'build, and fixing problems nobody asked you to fix. What you own grows from tasks to whole systems ' +
        'and beyond.',
    },
    {
      id: 'ambiguity',
      name: 'Navigating ambiguity',
      summary:
        'Turning unclear problems into clear plans: finding out what is really being asked, breaking it down, ' +
        'making progress before everything is known, and changing course as you learn.',
    },
    {
      id: 'impact',
      name: 'Impact',
      summary:
        'The difference your work makes for users, the team and the business, and the judgment to choose work ' +
        'that matters over work that merely happens to be available.',
    },
    {
      id: 'multiplier',
      name: 'Multiplier',
      summary:
        'Making the people around you more effective through reviews, mentoring, onboarding, shared tools and ' +
        'better ways of working. Measured by what others can do because of you.',
    },
    {
      id: 'technical-leadership',
      name: 'Technical leadership',
      summary:
        'Guiding technical decisions beyond your own code: design docs, architecture choices, standards, and ' +
        'helping others make good calls of their own.',
    },
    {
      id: 'communication',
      name: 'Communication and influence',
      summary:
        'Sharing information clearly in writing and in person, explaining trade-offs to technical and ' +
        'non-technical people, disagreeing productively, and moving decisions with evidence.',
    },
  ],
  cells: [
    // ─── junior: their own tasks ───────────────────────────────────────────────────────────────
    {
      level: 'junior',
      competency: 'craft',
      expectation:
        "Writes working, tested code for well-defined tasks, following the team's conventions and existing " +
        'patterns. Learns the codebase, the build and the debugging tools, and uses review feedback so the same ' +
        'comment does not come back twice. Asks for help after a real attempt instead of staying stuck for days.',
      signals: [
        'Pull requests arrive with tests and a description of what changed and how it was checked.',
        'The same kind of review comment shows up less and less over a few months.',
        "Can reproduce and fix a reported bug in code they didn't write, given a few pointers.",
        'Reaches for the debugger, logs and local tooling rather than guessing.',
      ],
      examples: [
        'Fixed the off-by-one in invoice pagination (BUG-1412) and added 3 regression tests; it was my first fix ' +
          'merged after a single review round.',
        'Added input validation to the signup endpoint with 14 unit tests for empty, too-long and non-Latin ' +
          'names. Review took 1 round, down from 3-4 on my first pull requests in March.',
      ],
    },
    {
      level: 'junior',
      competency: 'system-design',
      expectation:
        'Understands the design of the parts of the system their tasks touch, and fits changes into it instead ' +
        'of working around it. Asks why things are built the way they are, and starts thinking about edge cases ' +
        'and failures before writing code.',
      signals: [
        'Can sketch how the component they work on connects to its neighbors.',
        'Raises questions about empty input, timeouts and retries before implementing, not after.',
        'Follows existing patterns and asks before introducing a new one.',
      ],
      examples: [
        'Drew the request flow of the notifications service (API, queue, worker, SMS provider) while onboarding; ' +
          'my mentor added the diagram to the team README and 2 new hires have used it since.',
        'Asked in review of PR #2231 what happens when the SMS provider times out; we added a retry with backoff ' +
          'before merging instead of after an incident.',
      ],
    },
    {
      level: 'junior',
      competency: 'ownership',
      expectation:
        'Owns their tasks from start to finish: clarifies what is needed, finishes the work, and checks that it ' +
        "behaves in production. Says early when they're stuck or running late, and fixes their own bugs promptly.",
      signals: [
        'Tasks they pick up get finished or handed back with a clear status, never silently abandoned.',
        'Flags a slipping estimate before the deadline, not on it.',
        'Looks at their change in production after it ships.',
      ],
      examples: [
        'Noticed the morning after release that my date-filter change broke exports for users in UTC+13; rolled ' +
          'back, fixed it and shipped again the same day, with a timezone test added.',
        'Said in standup on day 2 that the 3-day estimate for the settings page was closer to 6 because of the ' +
          'legacy form code, so the lead re-planned the sprint instead of finding out at the end.',
      ],
    },
    {
      level: 'junior',
      competency: 'ambiguity',
      expectation:
        'Works mostly on well-defined tasks, and notices when something about them is unclear. Fills the gaps ' +
        'by asking specific questions rather than guessing or stalling, and writes the answers down where the ' +
        'next person will find them.',
      signals: [
        'Asks clarifying questions before starting, not after building the wrong thing.',
        'States their assumptions in the ticket or pull request when they had to make one.',
        'Gets unstuck by asking once a reasonable attempt has failed.',
      ],
      examples: [
        "Before building the 'archive' button, asked the PM whether archived items should still show up in " +
          'search. The answer (no) changed the query I was about to write; I logged the decision in ticket APP-877.',
        'Listed 4 open questions about the refund email template in the ticket before starting and settled all ' +
          '4 with the designer in a 15-minute call.',
      ],
    },
    {
      level: 'junior',
      competency: 'impact',
      expectation:
        "Moves the team's work forward by delivering assigned tasks reliably. Understands why each task matters " +
        'to users or to the team, and can say who it helps.',
      signals: [
        'Delivers at a steady pace the team can plan around.',
        'Can explain who their current task helps and how.',
        'Their finished work ships and stays shipped.',
      ],
      examples: [
        'Closed 14 tickets in Q1 for the mobile settings redesign, including the notification preferences screen ' +
          'that about 40,000 people open each week.',
        "Fixed the broken 'forgot password' link in the Android app, which support said hit about 300 users a " +
          'day; tickets about it dropped to 0 within a week.',
      ],
    },
    {
      level: 'junior',
      competency: 'multiplier',
      expectation:
        'Helps the team beyond their own tasks in small, real ways: reviews changes they understand, shares what ' +
        'they learn, and fixes the docs that confused them. Makes the path a little easier for whoever joins next.',
      signals: [
        'Updates docs or onboarding notes when they find something missing or wrong.',
        "Reviews teammates' pull requests and asks genuine questions.",
        'Shares what they learned with the team through a short demo or a note in the channel.',
      ],
      examples: [
        'Rewrote the local setup section of the README after it took me 2 days; the next new hire was running ' +
          'the app in 3 hours.',
        'Reviewed 25 pull requests in Q2 and caught a missing null check in the profile API before it reached ' +
          'production.',
      ],
    },
    {
      level: 'junior',
      competency: 'technical-leadership',
      expectation:
        'Learns how the team makes technical decisions and takes part in them for the tasks they work on. Gives ' +
        'opinions in design discussions about the parts they know, and follows the agreed direction, asking when ' +
        'a decision does not make sense to them.',
      signals: [
        "Speaks up in design discussions about code they've worked on.",
        "Follows the team's technical standards and asks about the ones they don't understand.",
        'Proposes small technical improvements and gives reasons for them.',
      ],
      examples: [
        'In the retry-policy design review, pointed out that the email worker already retried on its own; the ' +
          'design dropped the second retry layer, which would have sent up to 9 duplicate emails.',
        'Proposed replacing our hand-written date formatting with the standard Intl API in a 1-paragraph note; ' +
          'agreed in standup and done in 2 pull requests.',
      ],
    },
    {
      level: 'junior',
      competency: 'communication',
      expectation:
        'Communicates clearly about their own tasks: status updates, pull request descriptions, questions. ' +
        'Listens to feedback and acts on it without getting defensive.',
      signals: [
        'Writes pull request descriptions and updates that need no follow-up questions.',
        'Raises blockers early and says exactly what is blocking them.',
        'Responds to feedback by changing what they do, not by explaining it away.',
      ],
      examples: [
        "After feedback in March, started writing a 3-line 'what, why, how I tested it' in every pull request; " +
          'my median review rounds went from 3 to 1 over the next quarter.',
        'Posted a written summary of the pairing session on the login bug, including the 2 hypotheses we had ' +
          'ruled out, so the next person picking it up on Monday did not repeat them.',
      ],
    },

    // ─── mid: features ─────────────────────────────────────────────────────────────────────────
    {
      level: 'mid',
      competency: 'craft',
      expectation:
        'Writes feature code that others find easy to read, change and test, without a senior shaping it first. ' +
        'Matches the depth of testing to the risk, and leaves the code around a feature a little better than ' +
        'they found it. Debugs problems that span a few components and fixes root causes rather than symptoms.',
      signals: [
        'Their pull requests come in reviewable pieces and rarely need structural rework.',
        'Flaky tests they run into get fixed, not retried until green.',
        'Follows a bug across service boundaries to its actual cause.',
        'Refactors in small, safe steps alongside feature work.',
      ],
      examples: [
        'Built CSV export for the reports page in 6 pull requests of under 300 lines each; 0 bugs reported in ' +
          'the first month after launch to about 2,400 accounts.',
        'Traced duplicate welcome emails to a queue consumer that was not idempotent; added a dedupe key and a ' +
          'test that replays the same message twice. Support tickets about it went from about 30 a week to 0.',
      ],
    },
    {
      level: 'mid',
      competency: 'system-design',
      expectation:
        'Designs features inside an existing system: schema changes, APIs, and how the new piece fits with what ' +
        'is already there. Thinks through failure modes, load and migration before building, and writes a short ' +
        'design note for anything non-trivial so the design gets reviewed before the code does.',
      signals: [
        'Writes a design note for features longer than a few days, with at least one alternative considered.',
        'API and schema changes are backward compatible or come with a migration plan.',
        'Plans for load, failure and rollback before shipping, not after the first incident.',
      ],
      examples: [
        'Wrote a 2-page design for saved searches (schema, API, a limit of 50 per user), reviewed by 2 senior ' +
          'engineers before coding; shipped in 3 weeks with no schema changes after launch.',
        'Designed the webhook retry schedule for the integrations feature (5 attempts, exponential backoff, ' +
          'dead-letter queue); delivery success rose from 96.1% to 99.7% after launch.',
      ],
    },
    {
      level: 'mid',
      competency: 'ownership',
      expectation:
        'Owns features end to end: from the spec through rollout, monitoring and the fixes that come up after ' +
        "launch. Takes a full turn on call for the team's services and follows up on the incidents they were " +
        'part of. Notices problems near their work and fixes them or makes sure someone does.',
      signals: [
        'Features they own ship with metrics and alerts, and they watch them after launch.',
        'Handles on-call pages competently and writes up what happened.',
        'Follow-up actions from incidents they were involved in actually get done.',
        'Picks up the unglamorous parts a feature needs, such as docs, cleanup and data migrations, unprompted.',
      ],
      examples: [
        'Owned the coupon feature from spec to general availability: rolled it out behind a flag at 1%, 10%, ' +
          'then 100% over 2 weeks, built the redemption-error dashboard, and fixed 2 edge cases found at 10%.',
        'Primary on call in week 14: handled 3 pages, wrote the postmortem for the 40-minute checkout ' +
          'slowdown, and closed all 4 follow-up tickets within 2 sprints.',
      ],
    },
    {
      level: 'mid',
      competency: 'ambiguity',
      expectation:
        'Takes a feature with loose requirements and fills in the gaps: finds the open questions, gets them ' +
        'answered, and proposes sensible defaults where nobody has an answer. Breaks the work into steps and ' +
        're-plans openly when something unexpected turns up.',
      signals: [
        'Turns a one-line request into a concrete scope with its open questions listed.',
        'Decides small unknowns on their own and documents the decision instead of waiting.',
        'Tells people what changed, and why, when new information forces a new plan.',
      ],
      examples: [
        "Got 'make onboarding faster' from the PM with no detail; measured the current flow (median 11 minutes, " +
          '7 steps), proposed cutting 3 steps, and shipped it in 2 sprints. Median time is now 6 minutes.',
        'Halfway through the import feature, found that 20% of customer files used a legacy encoding; re-scoped ' +
          'with the PM into 2 releases instead of letting the date quietly slip.',
      ],
    },
    {
      level: 'mid',
      competency: 'impact',
      expectation:
        'Builds features that make a measurable difference to users or the business. Knows which number a ' +
        'feature is meant to move and checks afterward whether it did. Within a feature, orders the work by ' +
        'value rather than by what is most interesting to build.',
      signals: [
        'Knows and tracks the success metric of each feature they build.',
        "Reports results after launch, including when a feature didn't work.",
        'Suggests scope cuts that keep most of the value for much less work.',
      ],
      examples: [
        'Shipped one-click reorder: 8% of repeat orders used it in the first month, and median checkout time ' +
          'for returning customers fell from 3m10s to 1m40s.',
        'Proposed leaving PDF export out of the first invoices release, since 2% of surveyed users wanted it; ' +
          'we shipped 3 weeks sooner and added PDF in the next release.',
      ],
    },
    {
      level: 'mid',
      competency: 'multiplier',
      expectation:
        'Helps teammates and new hires become effective: mentors an intern or junior engineer on real feature ' +
        'work, and gives reviews that teach. Shares knowledge about the features they own so they are not the ' +
        'only person who can work on them.',
      signals: [
        'Onboards or mentors a new hire or intern.',
        'Review comments explain why, not only what to change.',
        'Writes runbooks and docs so others can support their features without them.',
      ],
      examples: [
        'Onboarding buddy for 2 new hires in H1; both merged their first pull request in week 1 and joined the ' +
          'on-call rotation after 6 weeks, against a team average of 10.',
        'Wrote the runbook for the import feature; while I was on vacation, on call resolved 2 import incidents ' +
          'with it without paging me.',
      ],
    },
    {
      level: 'mid',
      competency: 'technical-leadership',
      expectation:
        'Leads the technical side of their own features: makes the implementation choices, asks for input where ' +
        'it matters, and can explain the reasoning. Leads small efforts with one or two other engineers and ' +
        "gives useful reviews of others' designs.",
      signals: [
        'Makes and explains the technical choices for their features.',
        "Leaves substantive comments on teammates' design docs.",
        'Coordinates small projects with one or two other engineers.',
      ],
      examples: [
        'Led the 3-person saved-reports feature: split the work, chose the background job framework, and ran 2 ' +
          'design reviews; it shipped on the planned date.',
        'Left 12 comments on the new permissions design doc, including a missing case for shared folders that ' +
          'changed the data model before any code was written.',
      ],
    },
    {
      level: 'mid',
      competency: 'communication',
      expectation:
        'Communicates well within the team and with close partners in product, design and support. Explains ' +
        'technical constraints on a feature in plain terms, and keeps the people who depend on it informed ' +
        'about progress and risks without being chased.',
      signals: [
        'Explains technical constraints to product and design in terms they can act on.',
        'Sends updates before anyone has to ask for them.',
        'Writes design notes and docs that teammates can follow on their own.',
      ],
      examples: [
        'Explained to the PM that real-time sync would take 6 weeks and polling every 30 seconds would take 1; ' +
          'we shipped polling, and in the 5 months since nobody has asked for real-time.',
        'Sent a weekly 5-line update on the import feature to product, design and support; support had help ' +
          'articles ready at launch and we got no surprise tickets in the first week.',
      ],
    },

    // ─── senior: a system or problem domain, and the team ──────────────────────────────────────
    {
      level: 'senior',
      competency: 'craft',
      expectation:
        'Good code is the floor, not the bar: clean, well-tested code is assumed at this level, and nobody is ' +
        'promoted to senior on it alone. What is new is that craft shows up in the system and the team: the ' +
        'codebase they own stays easy to change, the quality standards they set are ones others adopt, and they ' +
        "make deliberate calls on when to invest in quality and when 'good enough' is right. They take on the " +
        'hard debugging and performance work that others get stuck on.',
      signals: [
        'Sets conventions, lint rules or test patterns for their system that the team follows without policing.',
        'Knows which parts of their system are fragile and has a plan for each.',
        'Gets brought the hardest bugs and performance problems, and explains the fix so the next one does not ' +
          'come back to them.',
        'Makes explicit, written trade-offs between speed and polish instead of defaulting to either.',
      ],
      examples: [
        'Profiled the search API and rewrote the ranking query around a covering index: p95 latency went from ' +
          '840 ms to 210 ms on 1.2M requests a day. Wrote up the profiling steps; 2 teammates used them in Q3 on ' +
          'their own endpoints.',
        'Introduced contract tests between orders-service and its 3 consumers. They caught 5 breaking changes ' +
          'before merge in the first quarter, and incidents from schema changes went from 4 in H1 to 0 in H2.',
      ],
    },
    {
      level: 'senior',
      competency: 'system-design',
      expectation:
        'Owns the design of a system or problem domain: its architecture, its boundaries with other systems, ' +
        'and where it needs to go next. Makes architectural decisions that balance what the team needs now ' +
        'against how the system will have to change, and records them so others can understand and challenge ' +
        'them. Designs for operation as much as for function: how the system is observed, scaled and recovered.',
      signals: [
        'Writes design docs for their system that reviewers find clear and that hold up once built.',
        "Can explain why the system's main boundaries and data flows sit where they do, and what would move them.",
        "Finds the system's scaling and failure limits before production does.",
        'Keeps decision records and diagrams for the system current.',
      ],
      examples: [
        'Wrote the design doc for splitting billing into ingest and invoicing services, comparing 3 options on ' +
          'cost, risk and migration time; approved in one review and shipped in Q2 with no customer-visible downtime.',
        'Load-tested the notification pipeline at 5x peak before the holiday campaign, found the consumer ' +
          'bottleneck at 3x and redesigned it to batch writes; it handled 4.2x peak on the day with p99 under 2 s.',
      ],
    },
    {
      level: 'senior',
      competency: 'ownership',
      expectation:
        'Scope of ownership moves from tasks and features to a system or problem domain. A senior engineer is ' +
        'the person accountable for how that area is doing, including its reliability, its roadmap, its tech ' +
        'debt and its rough edges, whether or not there is a ticket for any of it. They look 6-12 months ahead at ' +
        'where the area needs to be and make sure the team gets it there.',
      signals: [
        'Is recognized by the team and neighboring teams as the owner of a named system or problem area.',
        'Tracks the health of that area (reliability, cost, debt) and acts on it without being assigned.',
        'Keeps a roadmap for the area and brings it into team planning.',
        "Closes the loop on problems in their area even when the fix lives in another team's code.",
      ],
      examples: [
        'Owner of payments reconciliation since February: built its health dashboard, cut unreconciled ' +
          'transactions from 0.4% to 0.02%, and got its 3 biggest debt items into the Q3 plan.',
        'After the second outage from an expired certificate in 6 months, set up automated renewal and expiry ' +
          "alerts for all 23 of our team's endpoints; no certificate incidents in the 10 months since.",
      ],
    },
    {
      level: 'senior',
      competency: 'ambiguity',
      expectation:
        'Tolerance for ambiguity means taking a vague problem, often stated as a complaint or a wish, and turning ' +
        'it into a plan with milestones that the team can carry out. Rather than waiting for a spec, a senior ' +
        'engineer investigates, frames the problem, decides what to tackle first, and makes progress while some ' +
        'questions are still open. When what they learn changes the plan, they change it and explain why.',
      signals: [
        "Comes back from 'the system is slow' or 'customers give up during setup' with a framed problem, " +
          'options and a plan.',
        'Produces plans with milestones and decision points that others can follow.',
        'Goes after the riskiest unknowns first with prototypes, spikes or a data pull.',
        'Keeps the team moving when requirements shift.',
      ],
      examples: [
        "Given 'enterprise customers say reporting is unreliable' and nothing else: read 60 support tickets, " +
          'found 3 distinct failure modes and wrote a 3-milestone plan. Milestone 1 (stale cache) shipped in 3 ' +
          'weeks and reporting tickets fell by 60%.',
        'Ran a 1-week spike on 2 candidate queue systems before committing the team to a quarter of work; it ' +
          'showed one could not guarantee ordering, saving an estimated 6 weeks of rework.',
      ],
    },
    {
      level: 'senior',
      competency: 'impact',
      expectation:
        "Impact beyond their own output: the results that count are the team's and the area's, not the number " +
        'of tickets they closed. Seniors pick or shape work that matters to the business, steer the team away ' +
        'from low-value work, and can point to outcomes in revenue, cost, reliability or adoption that happened ' +
        'because of them. When a committee asks whether a strong mid-level engineer could have done the same, ' +
        'the answer is clearly no.',
      signals: [
        "Connects their area's work to team and business goals in numbers.",
        'Proposes work that was not on the roadmap and turns out to matter.',
        "Says no to, or reshapes, work that won't pay off.",
        'Sustains impact across quarters rather than riding one big launch.',
      ],
      examples: [
        'Proposed and led the checkout speed project, which was not on the roadmap: p75 page load went from ' +
          '3.1 s to 1.4 s, and the A/B test showed +2.3% conversion, about $1.8M a year in revenue.',
        'Talked the team out of a custom dashboard builder (4 months of work, 3 customers asking) in favor of ' +
          'exports to the tools customers already use. Shipped in 3 weeks; the time saved went into SSO, which ' +
          'unblocked 2 enterprise deals.',
      ],
    },
    {
      level: 'senior',
      competency: 'multiplier',
      expectation:
        'Impact beyond their own output also means the team is measurably better because of them. A senior ' +
        'engineer grows other engineers, spreads knowledge so the team does not depend on one person, and ' +
        'improves how the team works in reviews, planning, on call and tooling. This is where solo heroics stop ' +
        'counting: someone who ships a lot but leaves the team no stronger has not made this shift.',
      signals: [
        'Mentors engineers who visibly grow into bigger work or a promotion.',
        'Spreads knowledge on purpose through pairing, docs and rotating ownership, so they are not a bottleneck.',
        'Improves team practices, and the improvements are still in place months later.',
        'Peers describe specific ways they were helped, not just that they are nice to work with.',
      ],
      examples: [
        'Mentored Priya from her first feature to owning the search indexer, meeting weekly for 9 months; she ' +
          'led its Q4 rewrite and was promoted in January.',
        'Set up a monthly rotation so each of our 6 engineers reviewed one on-call runbook; pages resolved ' +
          'without escalation went from 55% to 85% in two quarters.',
        'Paired with 3 teammates on the billing service until each had shipped a change to it alone; I stopped ' +
          'being the only reviewer for it in April.',
      ],
    },
    {
      level: 'senior',
      competency: 'technical-leadership',
      expectation:
        'Technical leadership reaches past their own code: a senior engineer makes the architecture decisions ' +
        'for their area, writes the design docs, and guides the technical choices of the people around them. ' +
        'They lead projects of several engineers, set the technical direction of their system, and are trusted ' +
        'to make calls the team then builds on.',
      signals: [
        'Leads multi-engineer projects on the technical side: the breakdown, the key decisions, the quality bar.',
        'Writes design docs that actually decide things, and gets them reviewed and agreed.',
        "Guides others' choices through reviews, pairing and advice without taking the work over.",
        'Sets a technical direction for their area and brings the team along with it.',
      ],
      examples: [
        'Technical lead for the notifications rewrite (4 engineers, 2 quarters): wrote the design doc, chose ' +
          'the delivery architecture and ran weekly design syncs. Delivery latency p95 went from 12 s to 1.5 s.',
        'Wrote 3 architecture decision records in Q2 (queue choice, idempotency keys, schema versioning); the ' +
          'orders team later adopted the idempotency one as is.',
      ],
    },
    {
      level: 'senior',
      competency: 'communication',
      expectation:
        'Communication and influence become part of the job: a senior engineer explains trade-offs to product ' +
        'and leadership so they can make real choices, pushes back with data when a plan will not work, and ' +
        'writes documents that change minds. Their influence reaches past the team, so neighboring teams and ' +
        'managers act on what they write and say.',
      signals: [
        'Presents options with their costs instead of a single answer or a flat no.',
        'Pushes back on plans with data and offers an alternative.',
        'Writes proposals and postmortems that convince people outside the team.',
        'Tailors the same message for engineers, product and leadership.',
      ],
      examples: [
        'Pushed back on launching in 4 markets at once with a doc showing payment failure rates per market from ' +
          'the pilot; we launched in 2 first and fixed the 3-D Secure issue before the other 2.',
        'My postmortem for the May search outage was shared by the VP as the model write-up, and 2 teams ' +
          'outside ours funded its 5 action items.',
      ],
    },

    // ─── staff: several teams ──────────────────────────────────────────────────────────────────
    {
      level: 'staff',
      competency: 'craft',
      expectation:
        "Raises engineering quality across several teams, not just in their own team's code. Finds the shared " +
        'causes of recurring defects, such as a test setup every team copies or a library everyone misuses, and ' +
        'fixes them at the root. Senior engineers on other teams seek out their judgment on how much quality a ' +
        'risky change needs.',
      signals: [
        'Fixes quality problems in shared libraries, build tooling or CI that several teams rely on.',
        'Builds tools or templates that change how other teams write and test code.',
        'Gets asked by senior engineers on other teams to review their riskiest changes.',
      ],
      examples: [
        'Replaced the HTTP client copied into 9 services with a shared library that has retries, timeouts and ' +
          'tracing built in; migrated 4 services myself and paired with 5 teams on the rest. Timeout incidents: ' +
          '11 in the two quarters before, 2 in the two after.',
        'Cut monorepo CI from 38 to 14 minutes by sharding the test suite and caching builds; about 120 ' +
          'engineers on 7 teams run it roughly 900 times a day.',
      ],
    },
    {
      level: 'staff',
      competency: 'system-design',
      expectation:
        'Designs the systems and interfaces that sit between teams: shared platforms, cross-service data flows, ' +
        'and migrations several teams must carry out together. Sees the architecture of an area as a whole and ' +
        'steers it toward a coherent shape, rather than letting each team optimize its own corner. Their designs ' +
        "make several teams' work simpler.",
      signals: [
        'Designs interfaces or platforms that several teams build on.',
        "Reviews other teams' designs and catches conflicts between them early.",
        'Plans migrations that teams can do incrementally, with no big-bang cutover.',
      ],
      examples: [
        'Designed the event schema and versioning rules now used by 6 teams, replacing 14 point-to-point ' +
          'integrations; a new integration takes about 2 days instead of 2 weeks.',
        "Planned the move of 5 teams' services off the shared MySQL cluster onto per-domain databases in 4 " +
          'phases; done in 3 quarters with one rollback and no data loss.',
      ],
    },
    {
      level: 'staff',
      competency: 'ownership',
      expectation:
        'Owns outcomes that span several teams, often problems that fall between team boundaries and that ' +
        'nobody else is accountable for. Takes on the messy cross-team work, like a failing shared system or a ' +
        'migration everyone has stalled on, and drives it to done, including the long tail.',
      signals: [
        'Takes responsibility for problems no single team owns.',
        'Finishes cross-team efforts, including the last 10% everyone else would leave.',
        "Other teams' leads know them as the person accountable for a cross-team area.",
      ],
      examples: [
        'Took over the stalled Python 3 migration across 5 teams (37 services, 8 untouched for over a year); ' +
          'wrote a plan per team and migrated 3 services myself. All 37 were done in 2 quarters.',
        'Took ownership of incident response after the March outage exposed gaps across 4 teams: wrote the ' +
          'runbook and set up an incident commander rotation. Mean time to mitigate went from 74 to 31 minutes.',
      ],
    },
    {
      level: 'staff',
      competency: 'ambiguity',
      expectation:
        'Works on problems where the ambiguity spans several teams: it is unclear not only how to solve the ' +
        "problem but who should, and what 'done' means. Brings enough clarity that the teams involved can commit " +
        'to a shared plan.',
      signals: [
        'Frames cross-team problems so teams can agree on what to do and who does it.',
        'Finds the real problem behind competing requests from different teams.',
        'Makes progress on problems that have no clear owner, sponsor or definition of success.',
      ],
      examples: [
        'Three teams each asked for their own caching layer; I showed the real issue was the catalog read path ' +
          'and wrote a one-pager that got all 3 teams to fix it once instead of building 3 caches.',
        "Defined success for the 'developer productivity' initiative when nobody had: pull request cycle time, " +
          'build time and deploy frequency, with baselines for 8 teams in 4 weeks. Used in the next 2 planning ' +
          'cycles.',
      ],
    },
    {
      level: 'staff',
      competency: 'impact',
      expectation:
        'Delivers outcomes across several teams or a product area that no single team could have delivered. ' +
        "Chooses problems whose solution moves several teams' results at once, gets them prioritized, and can " +
        'put numbers on the difference.',
      signals: [
        'Their work changes results for several teams, not one.',
        'Spots the problems that would help most across an area and gets them onto roadmaps.',
        "Quantifies their impact on the area's goals.",
      ],
      examples: [
        'Led the shared checkout platform used by 4 product teams: adding a payment method went from about 10 ' +
          'weeks to 2, and 6 methods launched this year against 2 the year before.',
        'Cut cloud spend in the data area by 34% ($2.6M a year) by running a cost review across 5 teams and ' +
          'fixing the 3 largest sources: idle clusters, log retention and oversized instances.',
      ],
    },
    {
      level: 'staff',
      competency: 'multiplier',
      expectation:
        'Makes several teams more effective, not just their own: starts practices, tools and forums that spread ' +
        'past their team. Grows senior engineers and helps them take on cross-team scope.',
      signals: [
        'Mentors senior engineers on other teams.',
        'Starts forums or practices that several teams use and eventually run without them.',
        'Builds tools that remove the same toil for several teams.',
      ],
      examples: [
        'Started a weekly architecture review open to all 5 backend teams; it reviewed 28 designs in its first ' +
          'year, and 3 senior engineers from other teams now run it with me.',
        'Coached 3 senior engineers on writing cross-team design docs; 2 of them led cross-team projects the ' +
          'following half.',
      ],
    },
    {
      level: 'staff',
      competency: 'technical-leadership',
      expectation:
        'Sets technical direction across several teams: writes the strategy for an area, leads cross-team ' +
        'projects, and aligns teams on shared standards. Leads through influence, because the teams do not ' +
        'report to them, and settles technical disagreements between teams.',
      signals: [
        'Writes technical strategy for an area that several teams follow.',
        'Leads cross-team projects without formal authority.',
        'Resolves technical disagreements between teams so both sides can live with the outcome.',
      ],
      examples: [
        'Wrote the API guidelines for the platform area (conventions, versioning, deprecation policy), adopted ' +
          'by 6 teams; 40 endpoints brought in line within 2 quarters.',
        'Led a working group of 7 engineers from 4 teams that chose one feature-flag system; migration done in ' +
          'a quarter, and 3 vendor contracts canceled, saving $90k a year.',
      ],
    },
    {
      level: 'staff',
      competency: 'communication',
      expectation:
        'Influences several teams and their leaders, not just the people in the room with them. Aligns teams ' +
        'that disagree, often before the decision meeting, and writes documents that set direction across ' +
        'them. Explains technical strategy to directors and product leaders in terms of what they care about.',
      signals: [
        'Builds agreement among teams with conflicting goals before decisions reach a meeting.',
        'Writes strategy documents that several teams cite.',
        'Explains technical strategy to non-technical leaders well enough that they act on it.',
      ],
      examples: [
        'Held 6 one-on-ones with team leads before the storage consolidation proposal went to review; it passed ' +
          'with no objections, after the previous attempt stalled for 2 quarters.',
        "Gave the quarterly technical update to the product area's directors; they moved 2 engineers onto the " +
          'reliability work I presented.',
      ],
    },

    // ─── senior-staff: the organization ────────────────────────────────────────────────────────
    {
      level: 'senior-staff',
      competency: 'craft',
      expectation:
        'Shapes engineering standards for the whole organization and makes them stick through tools and ' +
        'defaults rather than rules. Decides where the org should invest in quality, such as testing strategy, ' +
        'reliability or developer experience, based on data about where defects and delays actually come from.',
      signals: [
        "The org's investments in quality or developer experience trace back to their analysis.",
        'Standards they champion are built into templates, CI and platforms, so following them is the easy path.',
        "Can show how the org's defect, incident or build numbers changed after their work.",
      ],
      examples: [
        'Analyzed 18 months of incident reviews (212 incidents) and found 41% came from untested config ' +
          'changes; led the config validation now required in CI for all 60+ services in the payments org. ' +
          'Config-caused incidents fell 70% over two quarters.',
        'Wrote the payments org testing strategy, with a unit, contract and end-to-end split per service type, ' +
          'adopted by 11 teams. The end-to-end suite went from 2 hours to 25 minutes and the flaky rate from 6% ' +
          'to 0.8%.',
      ],
    },
    {
      level: 'senior-staff',
      competency: 'system-design',
      expectation:
        'Sets the target architecture for the organization and the path to reach it over several years. ' +
        'Balances long-term architectural health against product deadlines across many teams, and decides ' +
        'which large structural changes are worth their cost.',
      signals: [
        'Owns a multi-year architecture roadmap for the org that leadership funds.',
        'Makes build-or-buy and consolidate-or-split calls at org scale.',
        'Architecture reviews across the org apply principles they wrote.',
      ],
      examples: [
        'Wrote the 3-year architecture plan for the commerce org (cell-based deployment, regional data ' +
          'residency); it was funded as 2 platform teams in the annual plan, and the first region went live in ' +
          '11 months.',
        'Ran the build-or-buy analysis for search across 4 product lines and recommended a managed service, ' +
          'saving an estimated $1.1M a year and freeing 6 engineers.',
      ],
    },
    {
      level: 'senior-staff',
      competency: 'ownership',
      expectation:
        'Feels and acts accountable for the technical health of the whole organization. Spots org-level risks, ' +
        'such as single points of failure, key-person dependencies and mounting debt, and makes sure each one ' +
        'is owned and funded, not just noticed. Steps in personally on the most critical ones.',
      signals: [
        'Org-level technical risks they raise end up with owners, budgets and dates.',
        "Works hands-on on the org's most critical problems when it matters.",
        'Holds the org to its long-running technical commitments.',
      ],
      examples: [
        "Built the org's technical risk register (27 risks, each with an owner and a review date) and review it " +
          'quarterly with the VP; 9 of the top 10 risks were mitigated within the year.',
        'Led the data-center exit across 12 teams, tracked weekly in a plan I ran with 3 engineering managers; ' +
          'finished 2 weeks before the lease ended.',
      ],
    },
    {
      level: 'senior-staff',
      competency: 'ambiguity',
      expectation:
        'Turns org-level ambiguity (shifting strategy, unclear technical direction, new markets or regulation) ' +
        'into direction that many teams can act on. Helps the org leadership decide which problems to take on ' +
        'at all, and holds steady when priorities change midway.',
      signals: [
        'Translates changes in business strategy into technical plans for the org.',
        "Names problems before they are on anyone's roadmap.",
        'Gives direction that lasts when the org changes course.',
      ],
      examples: [
        'When the company announced its EU expansion without a technical plan, wrote the data-residency ' +
          "assessment for the 14 services that store personal data; it became the basis of the org's 2024 roadmap.",
        "Led a 6-week discovery on 'should we build our own ML platform': interviewed 9 teams and mapped costs. " +
          'The VP accepted my recommendation (standardize on managed tooling for now) and dropped a planned ' +
          '8-person team.',
      ],
    },
    {
      level: 'senior-staff',
      competency: 'impact',
      expectation:
        "Moves the organization's results: their work shows up in the org's main business and engineering goals " +
        'over years, not quarters. Influences what the org chooses to build, not only how, and stops or ' +
        "redirects large efforts that won't pay off.",
      signals: [
        "Shapes the org's priorities in planning with technical insight.",
        'Their impact is visible in org-level metrics year over year.',
        'Redirects large efforts before they waste a year.',
      ],
      examples: [
        'Made the case to org leadership for a half spent on reliability instead of features after availability ' +
          'fell to 99.5%; it recovered to 99.95% and enterprise churn dropped 1.2 points over the year.',
        "Found that 30% of the org's roadmap depended on a data model that could not handle multiple currencies; " +
          'the 2-quarter fix I led unblocked the international launch, worth an estimated $15M in its first year.',
      ],
    },
    {
      level: 'senior-staff',
      competency: 'multiplier',
      expectation:
        "Builds the organization's technical bench by growing staff engineers who can lead its largest efforts. " +
        'Shapes how the org hires and levels engineers, and creates programs that raise the capability of the ' +
        'whole org rather than one team at a time.',
      signals: [
        'Develops staff-level engineers.',
        'Shapes hiring bars, interview loops or leveling decisions in the org.',
        'Creates org-wide programs for learning and growth.',
      ],
      examples: [
        'Sponsored 2 senior engineers through promotion to staff in 2023: helped each find a cross-team problem ' +
          'worth owning and reviewed every draft of their strategy docs.',
        "Redesigned the org's system design interview with 3 other staff engineers and trained 40 interviewers; " +
          'calibration disagreements fell from 35% of candidates to 12%.',
      ],
    },
    {
      level: 'senior-staff',
      competency: 'technical-leadership',
      expectation:
        "Sets the organization's technical direction together with its leadership, and owns the org's technical " +
        'strategy. Makes the hardest technical calls when teams cannot agree. Develops other technical leaders ' +
        'so that the direction does not depend on them alone.',
      signals: [
        "Owns or co-owns the org's technical strategy.",
        'Is the final technical voice in org-level disputes.',
        'Grows staff engineers into leaders who set direction themselves.',
      ],
      examples: [
        "Wrote the platform org's 2024 technical strategy with the director: 5 bets, each with an owner, " +
          'reviewed quarterly; 4 of the 5 delivered.',
        'Settled a 6-month dispute between the mobile and web teams over a shared API layer with a decision doc; ' +
          'both teams signed off within 2 weeks.',
      ],
    },
    {
      level: 'senior-staff',
      competency: 'communication',
      expectation:
        "Changes how the organization's leaders think about technical problems, through their writing and in " +
        "the room. Communicates the org's technical direction to hundreds of engineers so that it sticks, and " +
        'handles high-stakes disagreements with senior leaders constructively.',
      signals: [
        'Org leaders change decisions because of their input.',
        'Carries technical direction to the whole org through all-hands talks and strategy docs.',
        'Disagrees with senior leaders in a way that keeps their trust.',
      ],
      examples: [
        'Wrote the memo that convinced the VP to delay the platform rewrite by 2 quarters to finish the data ' +
          'migration first, so 15 teams were not running 2 major migrations at once.',
        'Presented the architecture roadmap at the engineering all-hands (350 engineers) and followed up with 4 ' +
          'office hours; 9 teams updated their plans within the month.',
      ],
    },

    // ─── principal: the company and the industry ───────────────────────────────────────────────
    {
      level: 'principal',
      competency: 'craft',
      expectation:
        'Defines what good engineering means for the company, and at times moves the wider industry. Makes ' +
        'company-wide calls on languages, frameworks and engineering practices that hold up for years, and their ' +
        'technical depth is recognized outside the company.',
      signals: [
        "The company's engineering practices and platform choices carry their reasoning.",
        'Engineers outside the company use their open-source work, papers or talks.',
        'Executives and other principals rely on their judgment for high-stakes technical bets.',
      ],
      examples: [
        'Led the company from 5 backend languages to 2, with a migration guide and tooling; 300+ services moved ' +
          'over 3 years, and on-call rotations went from 14 to 9 because engineers could cover each other.',
        'Open-sourced our schema migration tool; 4,000+ GitHub stars, engineers at 3 other companies now send ' +
          'fixes, and I presented its design at a 2024 conference.',
      ],
    },
    {
      level: 'principal',
      competency: 'system-design',
      expectation:
        "Shapes the company's architecture as a whole and the bets it rests on: core platforms, data strategy, " +
        'and how systems will scale with the business over years. Sees early when the architecture will stop ' +
        'fitting the company and starts the change before it hurts. Their designs sometimes set patterns used ' +
        'well beyond the company.',
      signals: [
        'Company-level architecture decisions rest on their analysis.',
        "Starts architectural change years before the company's needs force it.",
        'Their designs or papers are cited outside the company.',
      ],
      examples: [
        "Authored the company's move to multi-region active-active; presented it to the CTO's staff, funded " +
          'across 9 teams over 2 years, and availability went from 99.9% to 99.99%.',
        'Published the design of our internal storage engine at a systems conference in 2023; 2 open-source ' +
          'databases have since adopted its compaction approach.',
      ],
    },
    {
      level: 'principal',
      competency: 'ownership',
      expectation:
        'Owns the long-term technical health of the company. Is accountable for the consequences of its ' +
        "biggest technical bets, including the ones that don't work out, and for making sure the company can " +
        'still build and run its software years from now.',
      signals: [
        'Is the named technical owner of company-level initiatives or risks.',
        "Revisits past big decisions in the open and corrects course when they aren't working.",
        "Plans for the company's technical sustainability in multi-year horizons.",
      ],
      examples: [
        "Named by the CTO as technical owner of the company's security architecture after the 2022 breach; ran " +
          'an 18-month program across 20 teams, and the next SOC 2 Type II audit found no major issues.',
        'Wrote the retrospective on our 3-year microservices migration, including where it cost more than it ' +
          'returned, and led the decision to merge 40 low-traffic services back into 6, saving $800k a year.',
      ],
    },
    {
      level: 'principal',
      competency: 'ambiguity',
      expectation:
        'Handles uncertainty at the level of the company and the industry: technology shifts, new regulation, ' +
        'where the market is going. Decides which uncertain bets the company should make and how to hedge them, ' +
        'often years before the answer is clear.',
      signals: [
        'Offers a technical point of view on directions the company has not decided yet.',
        'Makes bets under deep uncertainty with built-in ways to learn early whether they are right.',
        'Executives ask for their framing when the company faces a technical unknown.',
      ],
      examples: [
        "Wrote the company's position paper on adopting LLM features: 3 bets, each with a 90-day experiment " +
          'and a stop condition. Two became products; the third was stopped at day 60 as planned.',
        'Assessed a proposed payments regulation 18 months before it took effect; the phased plan I proposed ' +
          'let us comply on day one while 2 competitors paused sales in the region.',
      ],
    },
    {
      level: 'principal',
      competency: 'impact',
      expectation:
        "Changes the company's technical trajectory: opens new lines of business, makes whole categories of " +
        'product possible, or shapes standards that others in the industry follow. The results are measured in ' +
        'years and show up in the strategy of the company.',
      signals: [
        'Their work changed what the company could offer or how it makes money.',
        'Has influence on industry standards, open source or common practice.',
        'Long-term company results trace back to directions they set.',
      ],
      examples: [
        'The real-time pricing platform I proposed in 2021 now runs 3 product lines and about 40% of company ' +
          'revenue.',
        'Represented the company in the industry working group on open banking APIs; 2 of my proposals are in ' +
          'the published standard, which our product now uses in 30 markets.',
      ],
    },
    {
      level: 'principal',
      competency: 'multiplier',
      expectation:
        'Raises the capability of engineers across the company and beyond it. Shapes engineering culture and ' +
        'the technical career path, develops the most senior engineers, and often teaches outside the company ' +
        'as well.',
      signals: [
        "Shapes the company's engineering culture and its career ladder.",
        'Develops senior staff and principal engineers.',
        'Teaches beyond the company through talks, writing or open source.',
      ],
      examples: [
        "Co-wrote the company's engineering ladder above senior with the CTO; it has been used in every " +
          'promotion case since 2022.',
        "Ran a quarterly mentoring circle for the company's 12 senior staff engineers; 2 of them became " +
          'principals within 2 years.',
      ],
    },
    {
      level: 'principal',
      competency: 'technical-leadership',
      expectation:
        'Is a technical leader for the whole company and sets its technical vision with the CTO. Works as a ' +
        "peer to executives on technical matters, and represents the company's technical point of view to " +
        'partners and the industry.',
      signals: [
        "Sets or co-sets the company's technical vision.",
        'Advises executives on technical strategy and is heard.',
        'Represents the company technically in public and with partners.',
      ],
      examples: [
        'Presented the 5-year technical plan to the board with the CTO; it set the infrastructure budget for ' +
          '2025-2027.',
        "Chaired the company's architecture council of 8 senior staff engineers through 2024; it made 22 " +
          'cross-org decisions, each published with its reasoning.',
      ],
    },
    {
      level: 'principal',
      competency: 'communication',
      expectation:
        'Communicates at the level of the company and the industry, shaping executive decisions and speaking ' +
        "for the company's technology in public. Explains complex technical bets to non-technical audiences, " +
        'including the board, well enough that they can weigh them.',
      signals: [
        'Is a trusted voice with executives and the board on technical questions.',
        "Writes and speaks externally in ways that build the company's reputation and help hiring.",
        'Makes complex technical bets understandable to people who will never read the code.',
      ],
      examples: [
        'Briefed the CEO and the board on the cost and risk of the 2025 infrastructure plan in a 6-page memo; ' +
          'they approved it in one meeting.',
        'Gave the keynote at a 3,000-person industry conference on how we run 400 services with 9 on-call ' +
          'rotations; inbound senior applications rose about 40% the following quarter.',
      ],
    },
  ],
};
