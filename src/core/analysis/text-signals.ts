/** Signals shared by the entry and feedback analyses: numbers that measure, time anchors, named things. */

/** A quantity with a unit or a comparison: "40%", "$12k", "3x", "from 900 ms to 200 ms", "12 teams". */
const MEASURE_UNIT =
  /\b\d[\d,.]*\s*(?:%|percent|x\b|×|ms\b|milliseconds?|seconds?|secs?\b|s\b|minutes?|mins?\b|hours?|hrs?\b|h\b|days?|weeks?|months?|k\b|m\b|gb\b|tb\b|mb\b|rps\b|qps\b|req(?:uest)?s?\b|users?|customers?|consumers?|engineers?|developers?|people|teams?|services?|squads?|orgs?|organi[sz]ations?|countries|markets|clients?|tenants?|merchants?|accounts?|pages?|points?|pp\b|errors?|alerts?|tickets?|incidents?|pages?|builds?|deploys?|deployments?|releases?\b|nodes?|hosts?|instances?|servers?|clusters?|regions?|hires?|candidates?|interviews?|new\s+hires|of\s+(?:users|customers|traffic|requests|revenue))/i;
const MONEY =
  /(?:[$€£]\s?\d[\d,.]*\s*(?:k|m|bn|million|billion|thousand)?\b|\b\d[\d,.]*\s*(?:k|m)?\s*(?:usd|eur|gbp|dollars|euros|pounds)\b)/i;
const FROM_TO =
  /\bfrom\s+[~$€£]?\d[^.;]{0,30}?\s(?:to|down to|up to)\s+[~$€£]?\d[\d,.]*(?:\s?(?:%|[a-z]{1,7}\b))?/i;
const ARROW = /\d[\d,.]*\s*\S{0,12}\s*(?:->|→|=>)\s*[~$€£]?\d[\d,.]*(?:\s?(?:%|[a-z]{1,7}\b))?/;
const HALVED =
  /\b(?:halved|doubled|tripled|quadrupled|in half|by half|to zero|(?:up|down) from \d|instead of \d)/i;
/** Reach: "25 engineers completed it", "35 RFCs were written", "1,200 sellers onboarded". */
const REACH =
  /\b\d[\d,.]*k?\s+(?:[a-z-]+\s+){0,3}(?:onboarded|attended|completed|joined|use|used|uses|adopted|signed up|enrolled|went live|were written|written|reached|matched|now (?:use|ship|run|follow))\b/i;
/** People and teams reached, with one word between: "12 product teams", "300 paying customers". */
const PEOPLE_REACHED =
  /\b\d[\d,.]*k?\s+(?:[a-z-]+\s+)?(?:users|customers|engineers|developers|people|teams|merchants|sellers|drivers|students|employees|subscribers|members)\b/i;
const BY_N =
  /\b(?:by|of)\s+(?:about\s+|roughly\s+|~)?\d[\d,.]*\s*(?:%|x\b|ms\b|s\b|seconds?|minutes?|hours?|days?)/i;

/** Things that look like numbers but measure nothing: versions, dates, years, ticket ids. */
const NON_METRIC = [
  /\bv?\d+\.\d+(?:\.\d+)+\b/gi, // 3.11.2
  /\bv\d+(?:\.\d+)?\b/gi, // v2, v1.4
  /\b(?:version|release|python|node|java|go|postgres(?:ql)?|react|angular|vue|kubernetes|k8s|ios|android|rails|django|spring(?: boot)?|php|ruby|elasticsearch|kafka|terraform|scala|jdk|es|ecmascript|mysql|redis|gradle|webpack|swift|kotlin|typescript|ts|tls|http|oauth|ipv|ubuntu|debian|centos|rhel|windows|macos|xcode|openssl|log4j|helm|istio)[ /-]?\d+(?:\.\d+)*(?:\s*(?:to|->|→)\s*\d+(?:\.\d+)*)?\b/gi,
  /\b\d{4}-\d{2}(?:-\d{2})?\b/g, // 2026-03-14
  /\b(?:19|20)\d{2}\b/g, // 2026
  /\b[qh][1-4]\b/gi, // Q3, H2
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+\d{1,2}(?:st|nd|rd|th)?\b/gi,
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/gi,
  /\b[A-Z]{2,10}-\d+\b/g, // JIRA-123
  /#\d+\b/g, // PR #482
  /\b(?:sprint|iteration|week|day|phase|step|part|round|level|tier|p|sev|s)\s?-?\d+\b/gi, // sprint 14, sev1, P0
  /\b(?:ipv|utf|sha|md|base|mp|h|x|log|ec|m)\d+\b/gi, // ipv6, utf8, sha256
  /\b\d+(?:st|nd|rd|th)\b/gi, // 2nd
];

/** Counts of tasks: "closed 14 tickets", "merged 9 PRs", "fixed 6 bugs" report activity, not a result. */
const TASK_COUNT =
  /\b\d[\d,]*\s+(?:(?:small|minor|open|old|flaky|stale)\s+)?(?:tickets?|prs?|pull requests?|bugs?|issues?|commits?|tasks?|stories|story points|jira|cards?|reviews?|code reviews?|comments?|lines?|files?|endpoints?|screens?|components?|tests?|meetings?|sessions?|slides?|pages of|steps?)\b/gi;

const DIGIT = /\d/;

/** Removes the numbers that are not measures (versions, dates, counts of tasks) before looking for metrics. */
export function stripNonMetricNumbers(text: string): string {
  // Every pattern needs a digit: most texts have none, and fourteen searches of them find nothing.
  if (!DIGIT.test(text)) return text;
  let out = text;
  for (const pattern of NON_METRIC) out = out.replace(pattern, ' ');
  return out.replace(TASK_COUNT, ' ');
}

const MEASURES = [MONEY, FROM_TO, ARROW, MEASURE_UNIT, BY_N, HALVED, REACH, PEOPLE_REACHED];

/** The first quantity in the text that measures a result or a reach ("900 ms to 200 ms"), if any. */
export function findMeasure(text: string): string | undefined {
  // Without a digit only "halved", "doubled" and the like can measure.
  if (!DIGIT.test(text)) return text.match(HALVED)?.[0].trim();
  const cleaned = stripNonMetricNumbers(text);
  for (const pattern of MEASURES) {
    const match = cleaned.match(pattern);
    if (match) return match[0].trim();
  }
  return undefined;
}

/** True when the text states a quantity that measures a result or a reach. */
export function hasMeasure(text: string): boolean {
  return findMeasure(text) !== undefined;
}

/** Before and after: "from X to Y", "X -> Y", "was X, now Y". */
export function hasBeforeAfter(text: string): boolean {
  return FROM_TO.test(text) || ARROW.test(text) || /\bwas\s+\S*\d.*\bnow\s+\S*\d/i.test(text);
}

const TIME_ANCHOR =
  /\b(?:(?:in|during|at|since|after|before|by|last|this|next|early|late|mid|end of)\s+(?:the\s+)?(?:q[1-4]|h[1-4]|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|spring|summer|autumn|fall|winter|sprint|quarter|half|week|month|year|cycle|offsite|retro|retrospective|planning|kickoff|launch|outage|incident|review|all-hands|demo|on-?call|migration|cutover|freeze)|(?:q[1-4]|h[1-4])\b|\b(?:19|20)\d{2}\b|\d{4}-\d{2}-\d{2}|yesterday|last (?:monday|tuesday|wednesday|thursday|friday|week|month|sprint|quarter|half))/i;

/** A time anchor: a date, a quarter, a named meeting or incident. */
export function hasTimeAnchor(text: string): boolean {
  return TIME_ANCHOR.test(text);
}

const DOC_NOUN =
  /\b(?:design docs?|rfcs?|adrs?|postmortems?|post-mortems?|runbooks?|playbooks?|proposals?|write-?ups?|one-pagers?|spec(?:ification)?s?|memos?|docs?|documents?|guides?|wikis?|readmes?|dashboards?|roadmaps?|plans?|presentations?|talks?|demos?|checklists?|templates?)\b/i;

/** A document or artifact others can open. */
export function namesArtifact(text: string): boolean {
  return DOC_NOUN.test(text) || /https?:\/\/\S+/.test(text);
}

const TECH_NOUN =
  /\b(?:api|apis|service|services|pipeline|pipelines|database|db|cache|queue|cluster|schema|endpoint|sdk|cli|library|backend|frontend|ios|android|app|kafka|postgres|redis|kubernetes|k8s|terraform|graphql|grpc|s3|lambda|spark|airflow|dbt|snowflake|bigquery|elasticsearch|react|ci|cd|build|deploy|gateway|auth|login|checkout|billing|payments?|search|feed|onboarding|migration|model|dataset|feature store|monitoring|alerting|on-call|oncall|incident|outage|release|rollout|repo|monorepo|module|microservices?)\b/i;

/** A named system or technical object. Capitalised words inside a sentence count as names too. */
export function namesSystem(text: string): boolean {
  if (TECH_NOUN.test(text)) return true;
  return namedWords(text).length > 0;
}

const NOT_NAMES = new Set([
  'I',
  "I'm",
  "I've",
  "I'd",
  "I'll",
  'OK',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
]);

/** Capitalised words inside a sentence (not after a full stop): the names of systems, teams, documents. */
export function namedWords(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/(?<=[a-z0-9,;:()"'’]\s+)[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*/g)) {
    if (!NOT_NAMES.has(match[0])) out.push(match[0]);
  }
  return out;
}

/** Splits into lower-case word tokens, keeping contractions, hyphens and numbers. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+(?:['’-][a-z0-9]+)*/g) ?? [];
}

/** Words that put the writer in the sentence: "I", "my", "me". */
export function countFirstPerson(text: string): number {
  return (text.match(/\b(?:I|I'm|I've|I'd|my|me|myself)\b/g) ?? []).length;
}

/**
 * The team as the one acting: "we", or "the team" / "our team" doing something ("our team delivered").
 * "Our service" or "the team's jobs" only say whose it is.
 */
export function countTeamVoice(text: string): number {
  return (
    text.match(/\b(?:we|we're|we've|we'd|ourselves)\b|\b(?:the|our|my) team (?:\w+ly )?\w+ed\b/gi) ?? []
  ).length;
}
