/**
 * [google] A Google-style promotion packet, written to read cold for a committee that has never met
 * the candidate: a short context (level and target, the projects in the data), a story of ownership
 * and impact per major project, the artifacts (the entries' links, with the metric each entry states),
 * peer feedback highlights, and Google's evaluation dimensions (the company profile) mapped to evidence.
 */
import type { Entry } from '../entries/entry.js';
import { COMPANY_PROFILES } from '../frameworks/company-profiles.js';
import type { CaseAssessment } from '../readiness/assess-case.js';
import { cite, groupIntoStories, outcomeOf, storyBlocks } from './build-stories.js';
import { claimOf, entriesById, levelLabel, peerQuoteBlocks, strongest } from './case-parts.js';
import type { DocumentInputs } from './document-inputs.js';
import {
  type Block,
  bullets,
  type DocumentSection,
  emphasis,
  gap,
  heading,
  type Inline,
  type PromoDocument,
  paragraph,
  strong,
  text,
} from './document-model.js';
import { competencyNamer, plural, standardMetadata } from './document-parts.js';
import { hasMetric, stripMarkdown } from './entry-text.js';

/** Projects told as full stories; smaller ones are named in a line, so the packet stays readable. */
const MAJOR_PROJECTS = 4;
const ARTIFACTS = 15;
const QUOTES = 5;
const PER_DIMENSION = 3;

function context(inputs: DocumentInputs, projects: ReturnType<typeof groupIntoStories>): Block[] {
  const { profile, choice } = inputs;
  const entries = choice.included;
  const outside = entries.filter((e) => e.project === null).length;
  const people = new Set(entries.flatMap((e) => [...e.collaborators, ...e.peopleHelped]));
  const blocks: Block[] = [
    paragraph(
      strong(profile.name),
      text(
        ` is a ${levelLabel(inputs, 'current')} put forward for ${levelLabel(inputs, 'target')}${profile.managerName ? `; their manager is ${profile.managerName}` : ''}. This packet covers ${choice.selection.since} to ${choice.selection.until}: ${plural(entries.length, 'logged piece', 'logged pieces')} of work, ${plural(projects.length, 'project')}${outside ? ` and ${outside} outside any project` : ''}${people.size ? `, with ${plural(people.size, 'named colleague')} worked with or helped` : ''}.`,
      ),
    ),
    paragraph(
      strong('Team. '),
      gap(
        'the team, what it owns and who uses it, in one or two sentences',
        'the data records no team; a committee that does not know the candidate needs it',
      ),
    ),
  ];
  if (projects.length > 0)
    blocks.push(
      bullets(
        projects.map((s) => [
          strong(s.title),
          text(
            `: ${s.since === s.until ? s.since : `${s.since} to ${s.until}`}, ${plural(s.entries.length, 'entry', 'entries')}`,
          ),
        ]),
      ),
    );
  return blocks;
}

function ownership(projects: ReturnType<typeof groupIntoStories>): Block[] {
  if (projects.length === 0)
    return [
      paragraph(
        gap(
          'one project you owned, told as problem, your role, decisions and outcome',
          'no entry in the selection names a project',
        ),
      ),
    ];
  const blocks = projects.slice(0, MAJOR_PROJECTS).flatMap((s) => storyBlocks(s));
  const rest = projects.slice(MAJOR_PROJECTS);
  if (rest.length > 0)
    blocks.push(paragraph(strong('Smaller projects: '), text(rest.map((s) => s.title).join(', '))));
  return blocks;
}

/** The metric an artifact moved, in its entry's words; a gap when the entry has none. */
function metricOf(e: Entry): Inline[] {
  if (e.impact.trim() === '')
    return [cite(e), gap('the metric this artifact moved', 'the entry records no impact')];
  return outcomeOf(e);
}

function artifacts(inputs: DocumentInputs): Block[] {
  const linked = inputs.choice.included.filter((e) => e.links.length > 0);
  if (linked.length === 0)
    return [
      paragraph(
        gap(
          'links to the design docs, launches and dashboards behind the work',
          'no entry in the selection has a link',
        ),
      ),
    ];
  // Measured results first: they are what a committee checks; then design documents, the artifacts a
  // packet is reported to be read for; then the rest, newest first.
  const rank = (e: Entry) =>
    e.impact.trim() !== '' && hasMetric(stripMarkdown(e.impact)) ? 0 : e.kind === 'design' ? 1 : 2;
  const ranked = [...linked].sort((a, b) => rank(a) - rank(b) || (a.date < b.date ? 1 : -1));
  const blocks: Block[] = [
    {
      type: 'table',
      header: ['Artifact', 'Kind', 'Links', 'What it changed'],
      rows: ranked
        .slice(0, ARTIFACTS)
        .map((e) => [[text(e.title)], [text(e.kind)], [text(e.links.join(' '))], metricOf(e)]),
    },
  ];
  if (ranked.length > ARTIFACTS)
    blocks.push(paragraph(emphasis(`${ranked.length - ARTIFACTS} more entries with links are not listed.`)));
  return blocks;
}

/** Google's dimensions, each with the strongest entries of the competencies it maps onto. */
function dimensions(inputs: DocumentInputs, assessment: CaseAssessment): Block[] {
  const byId = entriesById(inputs);
  const known = new Set(inputs.framework.competencies.map((c) => c.id));
  const nameOf = competencyNamer(inputs);
  return COMPANY_PROFILES.google.dimensions.flatMap((d): Block[] => {
    const mapped = d.competencies.filter((c) => known.has(c));
    const evidence = strongest(assessment, mapped, byId).slice(0, PER_DIMENSION);
    return [
      heading(d.name),
      paragraph(
        // The dimensions come from former employees' accounts, not from Google: say so, as FACTS.md asks.
        emphasis(d.reported ? `${d.summary.replace(/\.$/, '')} (reported).` : d.summary),
        text(mapped.length ? ` Read from: ${mapped.map(nameOf).join(', ')}.` : ''),
      ),
      evidence.length > 0
        ? bullets(evidence.map(claimOf))
        : paragraph(
            gap(
              `evidence of ${d.name}`,
              mapped.length
                ? 'no entry in the selection supports the competencies it maps onto'
                : "the framework's competencies do not map onto this dimension",
            ),
          ),
    ];
  });
}

export function buildGooglePacket(inputs: DocumentInputs, assessment: CaseAssessment): PromoDocument {
  const projects = groupIntoStories(
    inputs.choice.included.filter((e) => e.project !== null),
    competencyNamer(inputs),
  );
  const sections: DocumentSection[] = [
    { id: 'context', title: 'Context', blocks: context(inputs, projects) },
    { id: 'ownership', title: 'Ownership and impact', blocks: ownership(projects) },
    { id: 'artifacts', title: 'Artifacts', blocks: artifacts(inputs) },
    { id: 'peers', title: 'Peer feedback highlights', blocks: peerQuoteBlocks(inputs, QUOTES) },
    { id: 'dimensions', title: 'Against the evaluation dimensions', blocks: dimensions(inputs, assessment) },
  ];
  return {
    type: 'google',
    title: `Promotion packet: ${inputs.profile.name} for ${levelLabel(inputs, 'target')}`,
    metadata: standardMetadata(inputs),
    sections,
  };
}
