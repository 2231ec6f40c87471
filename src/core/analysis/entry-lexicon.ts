/**
 * The cues the entry analysis weighs, matched against lemmas (" migrate the payment service "): verbs
 * and nouns that signal each kind, scope and competency, with weights. Lexicons, not remembered texts.
 */

import type { EntryKind, EntryScope } from '../entries/entry-vocabulary.js';
import type { BuiltinCompetencyId } from '../frameworks/builtin-ids.js';

export interface Cue {
  /** The pattern with the global flag, compiled once: cues are counted, not just tested. */
  pattern: RegExp;
  weight: number;
}

const cue = (pattern: RegExp, weight: number): Cue => ({ pattern: new RegExp(pattern.source, 'g'), weight });

export const KIND_CUES: Record<Exclude<EntryKind, 'other'>, Cue[]> = {
  incident: [
    cue(/\b(?:outage|incident|sev-?\s?[0-4]|sev[0-4]|p[0-2] (?:incident|bug|page))\b/, 5),
    cue(/\b(?:postmortem|post-mortem|post mortem)s?\b/, 5),
    cue(
      /\b(?:(?:answer|acknowledge|respond to|get|got) (?:a |the )?(?:\w+ )?page|full disk|disk (?:full|space|pressure)|oom|out of memory|memory growth|incident lead)\b/,
      4,
    ),
    cue(
      /\b(?:attack|breach|credential-stuffing|credential stuffing|ddos|exploit\w*|intrusion|malicious|phishing|compromise\w*|lead the response|led the response)\b/,
      4,
    ),
    cue(/\b(?:on-call|oncall|on call|pager|pagerduty)\b/, 4),
    cue(/\bpage[sd]?\b(?! (?:component|layout|load|view|template|speed|title))/, 2),
    cue(/\b(?:escalation|escalate)\b/, 4),
    cue(
      /\b(?:mitigat\w*|roll ?back|restore|recover|failover|fail over|hotfix|root cause|downtime|bridge|war room|incident command\w*|commander)\b/,
      3,
    ),
    cue(/\b(?:alert|alarm)s?\b/, 2),
    cue(
      /\b(?:go down|went down|be down|take down|took down|back online|crash spike|spike|deadlock|memory leak|data loss|data-loss|stuck|backed up|back up|exhaust\w*|time ?outs?|502s?|503s?|500s?|corrupt\w*|broke(?! down)|break(?! down)|broken(?! down)|caus\w* (?:an? )?(?:outage|errors|failures|downtime|broken))\b/,
      2,
    ),
    cue(/\b(?:customer|user)s? (?:report|complain)\w*\b/, 2),
    cue(
      /\b(?:respond\w* to|diagnos\w*|investigat\w*|backfill\w*|data gap|ransomware|breach|vulnerabilit\w*|credential rotation|rotate (?:the )?credential\w*)\b/,
      3,
    ),
  ],
  design: [
    cue(
      /\b(?:design doc|design document|rfc|adr|adr-\d+|architecture decision|one-pager|tech spec|technical spec|proposal|api contract|state machine|domain model|reference architecture)s?\b/,
      5,
    ),
    cue(/\b(?:architecture|architectural)\b/, 3),
    cue(/\b(?:design|sketch|diagram)\b/, 2),
    cue(/\b(?:evaluat\w*|compar\w*|recommend\w*|assess\w*|spike|prototyp\w*|vendor)\b/, 2),
    cue(
      /\b(?:options?|alternatives?) (?:for|to)\b|\b(?:two|three|several) (?:options|alternatives|approaches)\b/,
      3,
    ),
    cue(/\b(?:push back|pushed back|argue|against (?:adopt|the plan|the proposal|build))\w*/, 4),
    cue(/\b(?:data model|schema design|database schema|sequence diagram|approach|alternative)\b/, 2),
    cue(/\b(?:strategy|strategic|trade-?offs?)\b/, 3),
    cue(
      /\b(?:(?:draft|sketch|design|model|define)\w* (?:the |a |an )?(?:\w+ )?(?:schema|data model|api|interface|contract)|into a design)\b/,
      4,
    ),
    cue(/\b(?:propose|proposed)\b/, 2),
    cue(/\bdesign (?:review|of)\b/, 2),
  ],
  mentoring: [
    cue(/\b(?:mentor\w*|mentee|coach\w*|tutor\w*|apprentice)\b/, 5),
    cue(/\b(?:pair|paired|pairing|pair-program\w*)\b/, 4),
    cue(
      /\b(?:shadow\w*|debrief\w* (?:\w+ ){0,3}with (?:her|him|them)|feedback on (?:\w+ 's|\w+'s|her|his|their)|(?:her|his|their) first|new (?:\w+ )?engineer|new joiner)\b/,
      4,
    ),
    cue(/\b(?:teach|taught|workshop|office hours|brown bag|lunch and learn|course (?:for|on))\b/, 3),
    cue(
      /\b(?:onboard|onboarded|onboarding) (?:the |our |two |three |\d+ )?(?:new|engineer|hire|sre|developer|intern|junior|teammate)/,
      4,
    ),
    cue(/\b(?:intern|junior|graduate|new hire|new joiner|teammate|colleague)s?\b/, 2),
    cue(
      /\b(?:help|helped|unblock\w*|walk\w* \w+ through|explain\w*|show\w* (?:him|her|them)|answer\w* (?:\w+ )?question|support\w* (?:our|the|a) new)\b/,
      2,
    ),
    cue(/\b(?:review|reviewed) (?:the )?(?:\w+'s |\w+ 's |new hires? |interns? |juniors? )/, 3),
    cue(/\b(?:learn|grow|promot\w*|return offer|so (?:she|he|they) could|until (?:she|he|they))\b/, 2),
    cue(
      /\b(?:let (?:him|her|them) (?:lead|drive|run|own|take)|walk\w* (?:\w+ ){1,4}through|help\w* (?:him|her|them)|(?:write|wrote) (?:him|her|them)|answer\w* (?:\w+ )?question\w*|so (?:that )?(?:he|she|they|the new \w+|our new \w+|\w+) could (?:learn|practi\w+|understand|try|see)|exercise|to show (?:him|her|them))\b/,
      3,
    ),
    cue(/\b(?:champion|curriculum|bootcamp|mentoring program|training program)s?\b/, 3),
  ],
  'tech-debt': [
    cue(
      /\b(?:refactor\w*|tech debt|technical debt|clean ?up|cleanup|dead code|unused|deprecat\w*|legacy)\b/,
      4,
    ),
    cue(/\b(?:upgrade|bump|update) (?:\w+ ){0,3}(?:from |to |\w+ ?\d)/, 4),
    cue(/\b(?:upgrade|upgraded)\b/, 3),
    cue(/\b(?:migrat\w*|move|moved|convert\w*|port|ported|replace)\b/, 2),
    cue(
      /\b(?:flaky|flakiness|flake|test suite|ci|ci pipeline|build pipeline|build time|lint|dependenc\w*|stabilis\w*|stabiliz\w*|parallelis\w*|parallelized|backlog|glitch\w*|minor bug\w*|old ticket\w*|type hint\w*|mypy|strict mode|static analysis|eslint|type check\w*)\b/,
      3,
    ),
    cue(/\b(?:add\w* (?:\w+ )?tests?|fix\w*|bug\w*|bloat|crash\w*)\b/, 2),
    cue(
      /\b(?:bill|cost|spend|sav\w*|right-siz\w*|idle|shut down|archiv\w*|stale|cold storage|(?:log|data) retention|retention (?:policy|limit)s?)\b/,
      3,
    ),
    cue(/\b(?:remove|delete|rewrite|rewrote|simplif\w*|consolidat\w*|split)\b/, 2),
    cue(/\b(?:docker image|helm chart|terraform state|vault|secret|cron|bazel|gradle|makefile)\b/, 2),
    cue(/\b(?:n\+1|slow query|slow reconciliation|query)\b/, 1),
  ],
  process: [
    cue(/\b(?:interview\w*|candidate|hiring|hire loop|question bank|take-home|cv|cvs)\b/, 5),
    cue(
      /\b(?:(?:start|set up|introduc|creat)\w* (?:a |the )?(?:\w+ )?rotation|every (?:week|month|sprint|quarter)|wip limit|work-in-progress|kanban|board|cycle time|lead time|velocity|blameless)\b/,
      4,
    ),
    cue(
      /\b(?:retro|retrospective|standup|stand-up|sprint planning|planning|ritual|triage|hack day|demo day|bug bash|reading group|guild|book club|newsletter|quarterly update|status update|weekly update|working agreement|team agreement|team charter|norms)\b/,
      4,
    ),
    cue(
      /\b(?:(?:weekly|biweekly|monthly|quarterly) (?:sync|meeting|review)|sync between|meeting|sprint|demo)s?\b/,
      2,
    ),
    cue(
      /\b(?:incident|on-call|oncall|severity|review|release|interview|hiring|onboarding|code review|rfc|communication) (?:\w+ )?(?:policy|template|checklist|handbook|process|guide|guideline|handover)s?\b/,
      5,
    ),
    cue(
      /\b(?:guide|guideline|policy|process|checklist|template|handbook|playbook|definition of (?:ready|done)|convention|release notes|release process|wiki|faq)s?\b/,
      3,
    ),
    cue(/\b(?:roadmap|okr|objective|milestone|estimate)s?\b/, 2),
    cue(/\b(?:facilitat\w*|organis\w*|organiz\w*|host|ran (?:our|the) (?:sprint|team))\b/, 2),
    cue(/\b(?:onboarding (?:guide|doc|checklist|process))\b/, 4),
    cue(/\b(?:present\w* (?:our|the team's|the team 's|the quarterly|the half|results))\b/, 2),
  ],
  feature: [
    cue(/\b(?:ship|shipped|launch\w*|release|released|deliver\w*|go live|went live|rollout|roll out)\b/, 3),
    cue(/\b(?:build|built|implement\w*|add|added|create|develop\w*|integrat\w*|enable|deploy|deployed)\b/, 2),
    cue(
      /\b(?:feature|endpoint|api|screen|page|flow|button|component|widget|dashboard|integration|support for|beta|experiment|model|sdk|ui|form)\b/,
      2,
    ),
    cue(/\bnew\b/, 1),
  ],
};

/** Cues that mark work outside the kinds: learning, events, admin. Only "other" when nothing else scores. */
export const OTHER_CUES: Cue[] = [
  cue(
    /\b(?:attend (?:the|a|an)|go to|conference|desk|office move|new office|kubecon|meetup|take a course|take (?:\w+ )?(?:day|week)s? of training|complete (?:the )?(?:\w+ )?training|read the book|laptop|vacation|compliance|expense|blog post|certification|webinar)\b/,
    4,
  ),
];

/** Scope cues, matched against the words as written (plurals matter: "teams"), strongest first. */
export const SCOPE_CUES: Record<EntryScope, Cue[]> = {
  org: [
    cue(
      /\b(?:company-wide|companywide|org-wide|organisation-wide|organization-wide|engineering-wide|across the (?:company|organi[sz]ation|org|whole)|across all \d+|every (?:team|engineering|product|department|repositor\w*|service|engineer)|all (?:engineering|the teams|teams|products|departments|production|engineers)|whole (?:engineering|company|org)|entire (?:company|org|engineering)|the company 's|the company's|company 's|the engineering org|engineering organi[sz]ation|cto)\b/,
      6,
    ),
    cue(/\b(?:adopt\w* (?:by|across) (?:every|all|the (?:company|org))|all \d+ (?:[\w-]+ )?teams)\b/, 6),
  ],
  'cross-team': [
    cue(
      /\b(?:cross-team|other teams?|partner teams?|each (?:owning )?team|owning teams|(?:two|three|several) other [\w-]+|with their (?:engineers|team|developers)|(?:two|three|four|five|six|several|multiple|many|\d+) (?:[\w-]+ )?(?:teams|squads|departments|groups)|across (?:[\w-]+ ){0,3}teams)\b/,
      5,
    ),
    cue(/\b(?:[\w-]+ , )?[\w-]+ and (?:the )?[\w-]+ (?:teams|engineers|squads|departments)\b/, 5),
    cue(/\b(?:from|with|for|to|by|of) (?:the |their )(?!team\b)[\w-]+ (?:[\w-]+ )?team\b/, 4),
    cue(/\b(?!our |my |the |a |this |each |every )[\w-]+ teams\b/, 3),
    cue(/\b(?:partner|vendor|customer|merchant|advertiser|seller|enterprise|client)s?\b/, 2),
    cue(
      /\b(?:stakeholders?|legal|finance|data science|customer success|customer service|support|comms|marketing|sales)\b/,
      2,
    ),
    cue(/\b(?:coordinat\w*|align\w*|liais\w*)\b/, 2),
    cue(/\band (?:the |their )(?!team\b)[\w-]+ team\b/, 4),
    cue(/\b(?:the|their) (?!team\b)[\w-]+ team 's\b/, 4),
  ],
  team: [
    cue(/\b(?:our team|the team|team 's|team's|my team|teammates?|we|our|us)\b/, 3),
    cue(
      /\b(?:mentor\w*|pair\w*|coach\w*|onboard\w*|interns?|juniors?|new hires?|retro\w*|sprint|standups?|on-call|oncall|pager|paged|outage|incident|postmortem|production|users?|customers?|app|service|platform|pipeline|cluster|system)\b/,
      2,
    ),
  ],
  individual: [
    cue(
      /\b(?:my (?:own |new )?(?:module|laptop|service|code|task|ticket|branch|dev environment|environment|notes|on-call shift|shift)|myself|personal|on my own|i chose)\b/,
      4,
    ),
    cue(/\b(?:a colleague|a few|low-priority|minor|small|unused)\b/, 3),
    cue(
      /\b(?:button|picker|tooltip|widget|component|screen|form|meter|css|style|typo|lint|sequence diagrams?|options|endpoint)s?\b/,
      2,
    ),
    cue(
      /\b(?:learn|read|attend (?:the|a|an)|a course|training|book|conference|meetup|laptop|vacation|compliance)\b/,
      3,
    ),
  ],
};

export const COMPETENCY_CUES: Record<BuiltinCompetencyId, Cue[]> = {
  craft: [
    cue(
      /\b(?:refactor\w*|test\w*|debug\w*|fix\w*|bug|code|implement\w*|build|built|rewrite|rewrote|optimi[sz]\w*|profil\w*|upgrade\w*|parallelis\w*|parallelized|convert\w*|replace\w*|remove\w*|delete\w*)\b/,
      2,
    ),
    cue(
      /\b(?:latency|performance|query|queries|memory|crash\w*|ci|lint|type\w*|library|librar\w*|component|endpoint|sdk|widget|screen|ui|docker|helm|terraform|gradle|bazel|cache|caching|index|reindex|parser|script|module|dependenc\w*)\b/,
      1,
    ),
    cue(
      /\b(?:flaky|race condition|deadlock|leak|n\+1|dead code|clean ?up|property-based|contract test|unit test|e2e|end-to-end test)s?\b/,
      3,
    ),
  ],
  'system-design': [
    cue(
      /\b(?:design|architecture|architectural|schema|data model|rfc|adr|adr-\d+|design doc|interface|event-driven|caching layer|storage layer|scalab\w*|trade-?offs?|sequence diagram|isolation model|partition\w*|pipeline design|multi-region|sharding|replication|consistency|idempoten\w*)s?\b/,
      3,
    ),
    cue(/\b(?:evaluat\w*|benchmark\w*|compar\w*|prototyp\w*)\b/, 1),
  ],
  ownership: [
    cue(
      /\b(?:own|owned|owner|ownership|end to end|end-to-end|drove|drive|take over|took over|follow\w* (?:up|through)|volunteer\w*|deliver\w*|ship|shipped|launch\w*|rollout|roll out|led|lead|beta|go live|went live|cutover)\b/,
      3,
    ),
    cue(
      /\b(?:on-call|oncall|on call|pager|paged|page|incident|outage|escalation|restore\w*|resolve\w*|mitigat\w*|roll\w* back|postmortem|root cause|respond\w*|handle\w*|investigat\w*|backfill\w*|migrat\w*|upgrad\w*|move|moved|retry|retries|dead-letter|idempoten\w*|fail\w*)\b/,
      2,
    ),
    cue(/\b(?:incident command\w*|commander)\b/, 3),
  ],
  ambiguity: [
    cue(
      /\b(?:vague|unclear|ambigu\w*|loosely|ill-defined|undefined|fuzzy|open-ended|turn\w* (?:the |a |an )?(?:unclear|vague|loosely)|clarif\w*|scop\w*|broke (?:\w+ )?(?:into|down)|break (?:\w+ )?(?:into|down)|milestone\w*|phase\w*|figure out|unknown\w*|what (?:\w+ )?(?:needed|really))\b/,
      3,
    ),
    cue(/"[^"]+" (?:request|ask|goal|problem)|\b(?:request|ask)\b/, 1),
  ],
  impact: [
    cue(
      /\b(?:revenue|conversion|retention|churn|customer\w*|user\w*|click-through|traffic|sales|signup\w*|purchase\w*|chargeback\w*|support (?:ticket|call)\w*|ticket\w* (?:dropped|fell)|cost|bill|spend|saving|save\w*|\$|€|£|roi|adoption|adopted|weekly active)\b/,
      2,
    ),
  ],
  multiplier: [
    cue(
      /\b(?:mentor\w*|coach\w*|pair\w*|teach|taught|onboard\w*|workshop|office hours|brown bag|course|guide|checklist|handbook|template|process|retro\w*|triage|interview\w*|hiring|candidate\w*|review\w* (?:\w+ )?(?:pull request|pr|design doc|code)|unblock\w*|help\w*|explain\w*|walk\w* \w+ through|answer\w*|new hire\w*|intern\w*|junior\w*|teammate\w*|program|champion\w*|reading group|hack day|standup\w*|planning|release notes)s?\b/,
      2,
    ),
  ],
  'technical-leadership': [
    cue(
      /\b(?:rfc|adr|adr-\d+|standard\w*|guideline\w*|policy|policies|architecture review|technical evaluation|led the (?:design|architecture|technical|migration|evaluation|delivery)|lead the (?:design|architecture)|led (?:the )?design|recommend\w*|adopted|default for|strategy|technical direction|decision)s?\b/,
      3,
    ),
    cue(/\b(?:led|lead|drove|drive|champion\w*|establish\w*)\b/, 1),
  ],
  communication: [
    cue(
      /\b(?:present\w*|talk|presentation|spoke|speak|blog|newsletter|write up|wrote up|write-?up|postmortem|status page|stakeholder\w*|coordinat\w*|push\w* back|pushed back|argu\w*|convinc\w*|persuad\w*|inform\w*|notif\w*|announce\w*|communicat\w*|faq|one-pager|sign-off|workshop|course|keep \w+ (?:\w+ )?informed|quarterly update|reviewed it with|review\w* (?:it )?with)\b/,
      4,
    ),
    cue(
      /\b(?:explain\w*|document\w*|docs?|guide|wiki|checklist|template|handbook|recommend\w*|proposal|propos\w*|agree\w*|align\w*|shared|share|sync|meeting|questions|with (?:the )?(?:[\w-]+ )?(?:team|teams|engineers|manager|product|legal|finance|marketing|sales|support))\b/,
      2,
    ),
  ],
};
