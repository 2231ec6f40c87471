/** `promocase readiness`, `objections`, `next`, `projects`: how strong the case is, and what a committee would say. */
import type { Command } from 'commander';
import type { CaseAssessment } from '../../core/readiness/assess-case.js';
import type { CommandContext } from '../command-context.js';
import { printJson } from '../output.js';
import {
  renderNextActions,
  renderObjections,
  renderProjects,
  renderReadiness,
} from '../printers/readiness-printers.js';

export function registerReadinessCommands(program: Command, ctx: CommandContext): void {
  const views = [
    {
      name: 'readiness',
      description:
        'readiness for your target level: per competency strong, emerging or gap, with reasons; consistency over review periods',
      pick: (a: CaseAssessment) => ({
        asOf: a.asOf,
        target: a.target,
        overall: a.overall,
        competencies: a.competencies,
        consistency: a.consistency,
      }),
      render: renderReadiness,
    },
    {
      name: 'objections',
      description:
        'the objections a calibration committee would raise, answered by your entries or open, and the five questions',
      pick: (a: CaseAssessment) => ({
        asOf: a.asOf,
        objections: a.objections,
        questions: a.questions,
      }),
      render: renderObjections,
    },
    {
      name: 'next',
      description: 'next best actions for this week, aimed at the weakest parts of your case',
      pick: (a: CaseAssessment) => ({ asOf: a.asOf, nextActions: a.nextActions }),
      render: renderNextActions,
    },
    {
      name: 'projects',
      description:
        'your projects with their scope (ambiguity, teams, decisions, outcomes, people led) and whether it is next-level',
      pick: (a: CaseAssessment) => ({ asOf: a.asOf, projects: a.projects }),
      render: renderProjects,
    },
  ] as const;
  for (const view of views) {
    program
      .command(view.name)
      .description(view.description)
      .option('--json', 'machine-readable output')
      .action(async (flags: { json?: boolean }, cmd: Command) => {
        await ctx.session(cmd, async (s) => {
          const picked = view.pick(await s.services.readiness.assess(s.actor));
          if (flags.json) printJson(s.io, picked);
          else s.io.stdout.write(view.render(picked as never));
        });
      });
  }
}
