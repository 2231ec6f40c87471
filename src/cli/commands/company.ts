/** `promocase company`: how a company names its levels and decides promotions, mapped onto the ladder. */
import type { Command } from 'commander';
import type { CompanyFact, CompanyId, CompanyProfile } from '../../core/frameworks/company-profile.js';
import { COMPANY_IDS } from '../../core/frameworks/company-profile.js';
import { COMPANY_PROFILES } from '../../core/frameworks/company-profiles.js';
import type { CommandContext } from '../command-context.js';
import { UsageError } from '../exit-codes.js';
import { printJson } from '../output.js';
import { renderTable } from '../printers/table.js';

function fact(f: CompanyFact): string {
  return `  - ${f.text}${f.reported ? ' (reported)' : ''}`;
}

export function renderCompany(c: CompanyProfile): string {
  const out = [c.name, '', 'Levels (lowest first):'];
  out.push(
    ...renderTable(
      ['NAME', 'LADDER', 'ALSO WRITTEN'],
      c.levels.map((l) => [l.name, l.ladderLevel, l.aliases.join(', ')]),
    )
      .trimEnd()
      .split('\n')
      .map((line) => `  ${line}`),
  );
  const section = (title: string, facts: readonly CompanyFact[]) => {
    if (facts.length) out.push('', `${title}:`, ...facts.map(fact));
  };
  section('How the decision is made', c.decision);
  section('Cadence', c.cadence);
  if (c.dimensions.length) {
    out.push('', 'What is evaluated (and the competencies that give evidence for it):');
    for (const d of c.dimensions) {
      out.push(
        `  - ${d.name}: ${d.summary} [${d.competencies.join(', ')}]${d.reported ? ' (reported)' : ''}`,
      );
    }
  }
  const e = c.evidence;
  const numbers = [
    e.minPeerFeedback !== undefined ? `at least ${e.minPeerFeedback} peer feedback providers` : '',
    e.recommendedPeerFeedback !== undefined ? `${e.recommendedPeerFeedback}+ recommended` : '',
    e.selfReviewWordLimit !== undefined ? `self-review limit about ${e.selfReviewWordLimit} words` : '',
  ].filter(Boolean);
  if (numbers.length || e.notes.length) {
    out.push('', 'Evidence expected:');
    if (numbers.length) out.push(`  - ${numbers.join('; ')}`);
    out.push(...e.notes.map(fact));
  }
  section('What weighs most', c.weighsMost);
  return `${out.join('\n')}\n`;
}

export function registerCompanyCommands(program: Command, ctx: CommandContext): void {
  const company = program
    .command('company')
    .description('company profiles: level names on the ladder, how promotions are decided, what counts')
    .addHelpText('after', '\nExamples:\n  promocase company list\n  promocase company show amazon');

  company
    .command('list')
    .description('the companies promocase knows')
    .option('--json', 'machine-readable output')
    .action((flags: { json?: boolean }) => {
      const all = COMPANY_IDS.map((id) => COMPANY_PROFILES[id]);
      if (flags.json)
        printJson(
          ctx.io,
          all.map((c) => ({ id: c.id, name: c.name, levels: c.levels.map((l) => l.name) })),
        );
      else
        ctx.io.stdout.write(
          renderTable(
            ['ID', 'NAME', 'LEVELS'],
            all.map((c) => [c.id, c.name, c.levels.map((l) => l.name).join(' ')]),
          ),
        );
    });

  company
    .command('show')
    .argument('<id>', `one of: ${COMPANY_IDS.join(', ')}`)
    .description(
      "a company's levels, process, dimensions and evidence expectations (reported facts are labelled)",
    )
    .option('--json', 'machine-readable output')
    .action((id: string, flags: { json?: boolean }) => {
      if (!(COMPANY_IDS as readonly string[]).includes(id)) {
        throw new UsageError(
          `id: "${id}" is not a company promocase knows; use one of: ${COMPANY_IDS.join(', ')}`,
        );
      }
      const profile = COMPANY_PROFILES[id as CompanyId];
      if (flags.json) printJson(ctx.io, profile);
      else ctx.io.stdout.write(renderCompany(profile));
    });
}
