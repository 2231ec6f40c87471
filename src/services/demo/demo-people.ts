/**
 * The demo sample's people loop (written by the project): two assessments by the manager and one self
 * assessment, two career conversations (the first vague, the second specific), three goals (done, active,
 * and a poorly framed overdue one) and four pieces of peer feedback (two specific, two generic).
 */
import type { Rating } from '../../core/people/assessment.js';
import type { Relationship } from '../../core/people/people-vocabulary.js';

/** A moment relative to the demo's current week, as the entries use. */
export interface DemoWhen {
  weeksAgo: number;
  weekday: 1 | 2 | 3 | 4 | 5;
}

type DemoRating = Omit<Rating, 'qualifier' | 'note' | 'whatItTakes'> &
  Partial<Pick<Rating, 'qualifier' | 'note' | 'whatItTakes'>>;

export const demoAssessments: ReadonlyArray<DemoWhen & { rater: 'self' | 'manager'; ratings: DemoRating[] }> =
  [
    {
      weeksAgo: 20,
      weekday: 3,
      rater: 'manager',
      ratings: [
        { competency: 'craft', level: 'senior', note: 'Reviews and code are already at the senior bar.' },
        {
          competency: 'system-design',
          level: 'mid',
          note: 'Solid within existing designs.',
          whatItTakes: 'Author a design doc for a system you own and carry it through review and rollout.',
        },
        {
          competency: 'ownership',
          level: 'mid',
          whatItTakes: 'Own a problem area end to end, not a list of tickets.',
        },
        { competency: 'ambiguity', level: 'mid', qualifier: 'working-towards' },
        { competency: 'impact', level: 'mid', whatItTakes: 'Work whose result reaches beyond our team.' },
        {
          competency: 'multiplier',
          level: 'mid',
          qualifier: 'working-towards',
          whatItTakes: 'Mentor the next hire through their first months.',
        },
        { competency: 'technical-leadership', level: 'mid' },
        {
          competency: 'communication',
          level: 'mid',
          whatItTakes: 'Written influence outside the team: a document other teams act on.',
        },
      ],
    },
    {
      weeksAgo: 20,
      weekday: 3,
      rater: 'self',
      ratings: [
        { competency: 'craft', level: 'senior' },
        { competency: 'system-design', level: 'senior', qualifier: 'working-towards' },
        { competency: 'ownership', level: 'senior', qualifier: 'working-towards' },
        { competency: 'ambiguity', level: 'mid' },
        { competency: 'impact', level: 'mid', qualifier: 'exceeds' },
        { competency: 'multiplier', level: 'mid' },
        { competency: 'technical-leadership', level: 'mid', qualifier: 'exceeds' },
        { competency: 'communication', level: 'senior', qualifier: 'working-towards' },
      ],
    },
    {
      weeksAgo: 1,
      weekday: 2,
      rater: 'manager',
      ratings: [
        { competency: 'craft', level: 'senior' },
        {
          competency: 'system-design',
          level: 'senior',
          note: 'Pre-scoring and the billing design both held up.',
        },
        {
          competency: 'ownership',
          level: 'senior',
          note: 'The billing migration was yours from start to finish.',
        },
        {
          competency: 'ambiguity',
          level: 'mid',
          qualifier: 'exceeds',
          whatItTakes: "Turn next half's checkout goal into a plan the team runs without you.",
        },
        { competency: 'impact', level: 'senior', qualifier: 'working-towards' },
        { competency: 'multiplier', level: 'senior', note: 'Jordan is on call on their own now.' },
        { competency: 'technical-leadership', level: 'senior', qualifier: 'working-towards' },
        {
          competency: 'communication',
          level: 'mid',
          qualifier: 'exceeds',
          whatItTakes: 'An RFC that the payments and platform teams adopt.',
        },
      ],
    },
  ];

export const demoConversations = [
  {
    weeksAgo: 20,
    weekday: 3,
    type: 'career',
    notes:
      'Said plainly that I am aiming for Senior. We walked the rubric and Priya rated each competency. We agreed on three goals for the half, but nothing about what exactly would count.',
    feedback: ["You're close to Senior.", 'Show more leadership and be more strategic.'],
    criteria: [],
    goalStated: true,
    nextCheckInWeeksAgo: 12,
  },
  {
    weeksAgo: 1,
    weekday: 2,
    type: 'career',
    notes:
      'Went through the gaps again. Priya counts the design-doc, cross-team and mentoring gaps as covered. I asked her to write down what is left, with dates, and she did.',
    feedback: [
      'Write the checkout SLO RFC yourself and get the payments and platform teams to adopt it before the end of Q1; we review adoption at our February 1:1.',
    ],
    criteria: [
      'An RFC for checkout latency and availability SLOs, written by Sam, adopted by payments and platform by the end of Q1.',
      'Jordan covers a full on-call week with Sam only as backup before the next calibration.',
    ],
    goalStated: false,
    nextCheckInWeeksAgo: -3,
  },
] as const;

export const demoGoals = [
  {
    weeksAgo: 20,
    weekday: 4,
    title: 'Author and land the billing migration design doc',
    competencies: ['system-design', 'technical-leadership'],
    gap: 'System design: no design doc of my own yet (manager rating: meets mid).',
    deliverable: 'The billing migration design doc, approved in a review with the four consuming teams.',
    vouchers: ['Marcus Chen', 'Aisha Okafor'],
    impact: 'Four teams move off the legacy billing tables without downtime.',
    dueQuartersAhead: -1,
    status: 'done',
    checkIns: [
      { weeksAgo: 14, progress: 40, note: 'Draft v1 shared with Marcus and Aisha.' },
      { weeksAgo: 13, progress: 100, note: 'Approved in the review with four teams.' },
    ],
    linkedTitles: [
      'Wrote the billing migration design doc (v1)',
      'Ran the billing migration design review with four teams',
    ],
  },
  {
    weeksAgo: 2,
    weekday: 1,
    title: 'Get the checkout SLOs adopted by payments and platform',
    competencies: ['communication', 'impact'],
    gap: "Communication: written influence outside the team (manager: 'an RFC other teams adopt').",
    deliverable: 'An RFC defining checkout latency and availability SLOs, approved by payments and platform.',
    vouchers: ['Ravi Patel', 'Tomás Herrera'],
    impact: 'One shared target for checkout p95 latency and availability, with alerts for three teams.',
    dueQuartersAhead: 1,
    status: 'active',
    checkIns: [{ weeksAgo: 1, progress: 20, note: 'Proposal drafted; review with payments booked.' }],
    linkedTitles: ['Drafted a checkout latency and availability SLO proposal'],
  },
  {
    weeksAgo: 14,
    weekday: 5,
    title: 'Get better at leadership',
    competencies: ['multiplier'],
    gap: '',
    deliverable: 'Be more of a leader',
    vouchers: [],
    impact: '',
    dueQuartersAhead: -1,
    status: 'planned',
    checkIns: [],
    linkedTitles: [],
  },
] as const;

export const demoPeerFeedback: ReadonlyArray<
  DemoWhen & { from: string; relationship: Relationship; text: string; work: string; linkedTitles: string[] }
> = [
  {
    weeksAgo: 11,
    weekday: 2,
    from: 'Aisha Okafor',
    relationship: 'cross-team',
    text: 'In the billing migration design review, Sam came with three cutover options and the rollback cost of each, and asked my team which of our jobs read the invoice tables. Because of that list we moved our two consumers in a single sprint instead of the quarter we had planned.',
    work: 'Billing migration',
    linkedTitles: ['Ran the billing migration design review with four teams'],
  },
  {
    weeksAgo: 8,
    weekday: 4,
    from: 'Marcus Chen',
    relationship: 'teammate',
    text: 'During INC-2291 Sam paused the invoice job within 20 minutes of the page, checked that no card had been charged twice, and wrote the customer note with support. The postmortem template Sam introduced afterwards is now what our team uses for every incident.',
    work: 'INC-2291 and the postmortem process',
    linkedTitles: ['Led the response to INC-2291: duplicate invoice emails'],
  },
  {
    weeksAgo: 6,
    weekday: 3,
    from: 'Diego Alvarez',
    relationship: 'teammate',
    text: 'Sam is a great team player and always helpful. Really smart and easy to work with.',
    work: '',
    linkedTitles: [],
  },
  {
    weeksAgo: 3,
    weekday: 5,
    from: 'Jordan Lee',
    relationship: 'teammate',
    text: 'Sam is an amazing mentor and a total rockstar. I could not ask for a better onboarding buddy!',
    work: 'Onboarding',
    linkedTitles: [],
  },
];
