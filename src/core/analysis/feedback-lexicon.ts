/** The words and phrases that make feedback specific or generic, actionable or vague (FACTS.md s.4). */

/** Character labels instead of behaviour: "smart", "great team player". */
export const TRAIT_WORDS =
  /\b(?:smart|clever|brilliant|talented|gifted|helpful|nice|kind|friendly|pleasant|lovely|positive|easy[- ]going|easy to work with|great to work with|a pleasure to work with|a joy to work with|fun to work with|team player|hard[- ]?working|hardworking|dedicated|passionate|motivated|reliable|dependable|knowledgeable|competent|solid engineer|good engineer|great engineer|strong engineer|great person|good person|good attitude|great attitude|positive attitude|can-do attitude|go-to person|asset to the team|valuable member|humble|driven|proactive|detail[- ]oriented|organi[sz]ed|responsive|approachable|collaborative|supportive|thoughtful|curious|genuine|professional|committed|enthusiastic|eager|energetic|sharp|strong communicator|good communicator|great communicator|natural leader|born leader|quick learner|fast learner|self-starter)\b/gi;

/** Exaggeration that stands in for an example. */
export const HYPERBOLE =
  /\b(?:rock ?star|ninja|superstar|super ?hero|legend|wizard|genius|10x|unicorn|amazing|awesome|incredible|outstanding|exceptional|phenomenal|fantastic|stellar|extraordinary|the best|best engineer|always|never|everyone|everybody|everything|anything|whatever it takes|above and beyond|second to none|like no other|one of a kind|beyond compare|truly|absolutely|extremely|hugely|tremendous|tremendously)\b/gi;

/** Guesses at what someone thinks or wants, instead of what they did. */
export const INTENT_SPECULATION =
  /\b(?:seems? to|seemed to|appears? to|i think (?:he|she|they) (?:wants?|cares?|feels?|believes?)|(?:he|she|they) (?:really |clearly |obviously )?(?:cares?|wants?|means?|tries|tried|likes|loves) (?:to|about)|clearly (?:cares|wants|loves)|obviously (?:cares|wants|loves)|probably|i(?:'m| am) sure (?:he|she|they)|i feel like|i get the sense|i get the impression|has a heart|means well|has good intentions|genuinely cares|at heart)\b/gi;

/** Objects too vague to picture: "a lot of things", "stuff", "everything". */
export const VAGUE_OBJECT =
  /\b(?:a lot of (?:things|stuff|work|projects)|lots of (?:things|stuff|work|projects)|many things|various (?:things|projects|tasks)|things|stuff|all (?:of )?them|whatever (?:was|is) needed|did (?:them|it) (?:all )?well)\b/gi;

/** Things a person did that someone else could have watched. */
export const OBSERVABLE_ACTION =
  /\b(?:led|lead|leads|wrote|writes|drafted|authored|documented|presented|demoed|ran|runs|organi[sz]ed|facilitated|paired|pairs|mentored|coached|taught|trained|onboarded|reviewed|reviews|walked|explained|caught|spotted|found|noticed|flagged|raised|proposed|suggested|recommended|designed|built|shipped|launched|delivered|rewrote|refactored|migrated|fixed|debugged|diagnosed|traced|tracked down|investigated|rolled back|restored|mitigated|resolved|stepped in|took over|took on|volunteered|picked up|unblocked|pushed back|negotiated|aligned|convinced|coordinated|escalated|automated|added|removed|cut|reduced|replaced|split|set up|introduced|created|answered|stayed|jumped|prepared|benchmarked|profiled|measured|tested|wrote up|summari[sz]ed|shared|sent|posted|ask(?:ed)?|asked|spent|gave|invited|hosted|recorded|closed|opened|merged|deployed|drove|owned|scoped|broke down|prototyped|interviewed|took|turned|got|made|helped|handled|kept|brought|moved|pushed|started|finished|completed|changed|cleaned|built|checked|tested|rebuilt|ported|wired|connected|called|chased|followed up|gathered|collected|compared|evaluated|estimated|planned|split|sketched|modelled|modeled)\b/i;

/** What changed because of it: outcomes, effects on others, "so that". */
export const OUTCOME =
  /\b(?:so that|so we|so the|which meant|which let|which allowed|which saved|which cut|which made|which helped|as a result|because of (?:that|this|it|her|his|their)|thanks to|resulting in|result was|that meant|that let|that saved|that cut|that helped|without (?:a|any)|saved|cut|reduced|dropped|fell|improved|increased|doubled|halved|prevented|avoided|unblocked|enabled|allowed|let us|let the|now (?:use|uses|runs|takes|has|have|can)|adopted|adopt|shipped on time|on schedule|ahead of|went from|down to|up to|zero|no longer|stopped|fewer|faster|cheaper|impact (?:was|on)|saves|cuts|reduces|means|meant|exposed|caught|able to|handles|made it possible|on (?:their|our|my) own|since then|after that|afterwards)\b/i;

/** Making others more effective: the multiplier signal in peer feedback. */
export const ENABLING_OTHERS =
  /\b(?:unblocked|mentored|coached|taught|onboarded|paired with|helped (?:me|us|[A-Z][a-z]+|the|two|three|our|new)|walked (?:me|us|[A-Z][a-z]+) through|adopted by|other teams|new hires?|juniors?|interns?|got me|showed me|gave me|explained to)\b/i;

/**
 * Phrases managers use that name no behaviour, context or time. Each comes with the question that
 * gets the missing specifics, written for the engineer to ask.
 */
export const VAGUE_MANAGER_PHRASES: ReadonlyArray<{ pattern: RegExp; label: string; question: string }> = [
  {
    pattern:
      /\b(?:almost there|nearly there|getting there|close to (?:the next level|senior|promotion|ready)|(?:you(?:'re| are)|you're) close|so close|not (?:quite|far) (?:there|off)|on the cusp|on the right track|on track|knocking on the door)\b/i,
    label: 'says you are close without saying what is missing',
    question:
      'What specifically is still missing, and what piece of work would show it, so I know when I am there?',
  },
  {
    pattern:
      /\b(?:keep (?:doing|up) (?:what you(?:'re| are) doing|the good work|the great work|it up|this up)|keep it up|keep going|more of the same|continue (?:what you(?:'re| are) doing|as you are|like this)|carry on)\b/i,
    label: 'asks for more of the same without saying what would change the outcome',
    question:
      'If I keep doing exactly this, what would the committee still say is missing, and what should I do differently?',
  },
  {
    pattern:
      /\b(?:(?:show|demonstrate|take|step up|show more|more) (?:\w+ ){0,2}(?:leadership|initiative)|be (?:more of )?a (?:stronger )?leader|lead more|act like a leader|leadership presence)\b/i,
    label: 'asks for leadership without naming what to lead',
    question: 'Which decision, project or group of people should I lead, and by when, for that to count?',
  },
  {
    pattern:
      /\b(?:(?:be|think|act|more) (?:\w+ )?strategic(?:ally)?|strategic (?:thinking|mindset|view)|big(?:ger)? picture|think bigger|zoom out|more vision|longer[- ]term thinking)\b/i,
    label: 'asks for strategy without naming the problem to think about',
    question:
      'Which problem would you like a strategy or plan from me on, in what form (a doc, a roadmap), and by when?',
  },
  {
    pattern:
      /\b(?:(?:work on|improve|increase|raise|more|build|get more) (?:your )?(?:visibility|profile|exposure|presence)|be more visible|more visible|get (?:your )?name out|be seen more|toot your own horn)\b/i,
    label: 'asks for visibility without saying to whom or through what',
    question: 'Who needs to see my work, and in which forum or document should I show it this cycle?',
  },
  {
    pattern:
      /\b(?:next (?:cycle|round|half|year|time) (?:could|might|may|should|will) be (?:the one|it|your (?:year|time|cycle))|maybe next (?:cycle|time|half|year)|wait (?:another|one more) (?:cycle|half|round)|timing (?:wasn't|was not|isn't|is not) right|not this (?:cycle|time|round))\b/i,
    label: 'defers the decision without saying what would change it',
    question:
      'What would need to be different by the next calibration for the answer to be yes, and can we write it down now?',
  },
  {
    pattern:
      /\b(?:(?:take|show|demonstrate) (?:more )?ownership|own (?:more|things|it) more|be more (?:accountable|proactive|independent|autonomous|senior|confident|assertive|impactful)|operate at the next level|perform(?:ing)? at the next level|act (?:more )?(?:senior|like a senior)|raise (?:your|the) bar|level up|step up|up your game|grow (?:more|further)|stretch yourself|push yourself)\b/i,
    label: 'names a quality rather than something to do',
    question:
      'Can you point to one piece of work, with a deadline, that would show this the way you mean it?',
  },
  {
    pattern:
      /\b(?:(?:more|bigger|greater|broader|wider) (?:impact|influence|scope|ownership)|have more impact|broaden (?:your )?(?:scope|impact|influence)|expand (?:your )?(?:scope|impact|influence)|beyond (?:your|the) team)\b/i,
    label: 'asks for more impact or scope without naming where',
    question:
      'Which team, system or outcome should my work reach beyond what it does now, and how would we measure it?',
  },
  {
    pattern:
      /\b(?:communicate (?:better|more)|better communication|work on (?:your )?communication|speak up more|more vocal)\b/i,
    label: 'asks for better communication without an occasion',
    question:
      'In which meeting or document did my communication fall short, and what would good look like there?',
  },
];

/** A concrete thing to do: a verb of doing and its object, the way an assignment is phrased. */
export const DELIVERABLE_VERB =
  /(?<!\b(?:the|a|an|next|our|your|this|that|every|each) )\b(?:write|draft|author|publish|present|demo|lead|run|own|drive|deliver|ship|launch|build|design|propose|mentor|coach|pair with|onboard|organi[sz]e|facilitate|host|migrate|reduce|cut|bring|get|take over|set up|introduce|document|review|interview|represent|speak at|give a talk|teach|automate|reach|hit|close|finish|complete|prepare|plan|scope|break down|split|define|establish|create|replace|retire|deprecate)\b/i;

/** The object of the deliverable: something concrete enough to check later. */
export const DELIVERABLE_OBJECT =
  /\b(?:design docs?|rfcs?|adrs?|proposal|postmortems?|runbooks?|roadmap|plan|migration|rollout|launch|project|initiative|workstream|review|meeting|sync|guild|talk|presentation|demo|brown ?bag|lunch and learn|onboarding|interview(?:s|ing)?|hiring|new hires?|juniors?|interns?|on-?call|incident|service|system|api|pipeline|platform|dashboard|slo|sla|budget|latency|error rate|metric|okr|milestones?|deadline|deliverable|epic|release|retro|retrospective|standup|planning|document|doc|wiki|guide|backlog|library|framework|module|feature)\b/i;

/** A time frame the outcome can be checked against. */
export const TIME_FRAME =
  /\b(?:by (?:the )?(?:end of|mid|early|late|q[1-4]|h[1-4]|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|next|our next|the next|\d)|(?:this|next|the next|coming|upcoming) (?:quarter|half|sprint|month|cycle|review|calibration|two weeks|few weeks|six weeks|\d+ (?:weeks|months))|within (?:the next )?(?:\w+ )?(?:days?|weeks?|months?|sprints?|quarters?)|in the next (?:\w+ )?(?:days?|weeks?|months?|sprints?|quarters?)|over the next (?:\w+ )?(?:days?|weeks?|months?|sprints?|quarters?)|before (?:the )?(?:next|end|calibration|review|q[1-4]|h[1-4]|launch|freeze|offsite|mid-year|year-end|\w+ (?:calibration|review|launch|offsite|freeze|deadline|cycle))|(?:q[1-4]|h[1-4])\b|(?:every|each) (?:week|sprint|month|quarter|release)|weekly|biweekly|monthly|\d{4}-\d{2}-\d{2}|deadline|end of (?:the )?(?:quarter|half|year|month|cycle)|mid-year|year-end|(?:on|by|before|until) the \d{1,2}(?:st|nd|rd|th)|(?:in|on|until|during) (?:early |mid-?|late )?(?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:by|before|on|until) (?:next )?(?:monday|tuesday|wednesday|thursday|friday))\b/i;

/** A context: where or with whom the behaviour should happen. */
export const CONTEXT =
  /\b(?:(?:for|on|in|at|with|during|across|to) (?:the |our |your |a |an )?(?:[A-Z][\w-]*|[a-z-]+ (?:team|service|system|migration|project|review|meeting|sync|guild|roadmap|launch|platform|pipeline|api|incident|rotation|org|group|squad|program|stakeholders?|leads?|council|forum|rfc|design doc))|(?:platform|payments?|billing|checkout|search|data|infra|mobile|ios|android|web|frontend|backend|security|sre|ml|growth|identity|auth|onboarding|ledger|api|ads|risk|fraud|notifications?) (?:team|service|system|migration|project|review|rotation|pipeline|roadmap|platform|guild|org)|architecture review|design review|on-?call|staff meeting|planning|all-hands|team meeting|incident review)\b/;
