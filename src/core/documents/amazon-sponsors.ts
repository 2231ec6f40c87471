/**
 * The Amazon document's sponsors: who could speak for the case, named only from what promocase holds
 * (the manager in the profile, peer feedback from someone senior or outside the team). Nobody is
 * invented: what the data cannot name is a gap for the engineer to fill.
 */
import { type FeedbackProvider, feedbackProviderKey, groupByProvider } from '../people/feedback-providers.js';
import type { Relationship } from '../people/people-vocabulary.js';
import { peerFeedbackInPeriod } from './case-parts.js';
import type { DocumentInputs } from './document-inputs.js';
import { type Block, bullets, gap, type Inline, paragraph, strong, text } from './document-model.js';
import { plural } from './document-parts.js';

/** Relationships that put someone above the engineer or outside the team, as a sponsor should be. */
const SPONSOR_ROLES: Partial<Record<Relationship, string>> = {
  'tech-lead': 'tech lead',
  manager: 'a manager',
  'cross-team': 'from another team',
  stakeholder: 'stakeholder',
};

/**
 * @param providers the period's feedback grouped by person, as the providers table shows it (the
 *   document passes the list it already built: grouping analyses every piece's text).
 */
export function sponsorsSection(
  inputs: DocumentInputs,
  providers: readonly FeedbackProvider[] = groupByProvider(peerFeedbackInPeriod(inputs)),
): Block[] {
  const manager = inputs.profile.managerName?.trim() || null;
  const managerKey = manager === null ? null : feedbackProviderKey(manager);
  // One candidate per person.
  const candidates = providers.flatMap((p) => {
    const role = SPONSOR_ROLES[p.relationship];
    return role && feedbackProviderKey(p.name) !== managerKey ? [{ ...p, role }] : [];
  });
  if (manager === null && candidates.length === 0)
    return [
      paragraph(
        gap(
          'the sponsors of this case: your manager, and a senior engineer or leader outside the team who saw the work',
          'the profile names no manager and no feedback in this period comes from a tech lead, a manager, a stakeholder or another team',
        ),
      ),
    ];
  const items: Inline[][] = [];
  if (manager !== null) items.push([strong(manager), text(': your manager (from the profile).')]);
  for (const c of candidates)
    items.push([
      strong(c.name),
      text(
        `: ${c.role}; gave ${plural(c.pieces, 'piece')} of feedback in this period, ${c.pieces === 1 ? 'on' : 'the latest on'} ${c.latest}.`,
      ),
    ]);
  const blocks: Block[] = [
    paragraph(text('People the data suggests could sponsor this case. Ask each one before naming them.')),
    bullets(items),
  ];
  if (manager === null)
    blocks.push(paragraph(gap('your manager, who writes this document', 'the profile names no manager')));
  if (candidates.length === 0)
    blocks.push(
      paragraph(
        gap(
          'a sponsor senior to you or outside your team who saw the work',
          'no feedback in this period comes from a tech lead, a manager, a stakeholder or another team',
        ),
      ),
    );
  return blocks;
}
