/** `promocase init` and `promocase profile`: who you are, your level, your target, your manager, your cadence. */
import type { Command } from 'commander';
import { ensureAccessToken } from '../../config.js';
import { parseDateInput } from '../../core/dates.js';
import { BUILTIN_LEVEL_IDS } from '../../core/frameworks/builtin-ids.js';
import { COMPANY_IDS } from '../../core/frameworks/company-profile.js';
import { COMPANY_PROFILES, companyLevelName } from '../../core/frameworks/company-profiles.js';
import type { Profile } from '../../core/profile/profile.js';
import { REVIEW_CADENCES } from '../../core/profile/review-cadence.js';
import type { CommandContext } from '../command-context.js';
import { UsageError } from '../exit-codes.js';
import { printJson, say } from '../output.js';
import { askSelect, askText } from '../prompts.js';

interface ProfileFlags {
  name?: string;
  company?: string;
  level?: string;
  target?: string;
  manager?: string;
  noManager?: boolean;
  cadence?: string;
  nextCalibration?: string;
  framework?: string;
  json?: boolean;
}

function addProfileOptions(cmd: Command): Command {
  return cmd
    .option('--name <name>', 'your name')
    .option('--company <company>', `whose level names and process to use: ${COMPANY_IDS.join(', ')}`)
    .option(
      '--level <level>',
      `your current level: ${BUILTIN_LEVEL_IDS.join(', ')}, or the company's name for it (L4, E4, SDE II, 62, ICT3)`,
    )
    .option('--target <level>', 'the level you are aiming for, in the same terms')
    .option('--manager <name>', "your manager's name")
    .option('--cadence <cadence>', `review cadence: ${REVIEW_CADENCES.join(', ')}`)
    .option('--next-calibration <date>', 'date of the next calibration or review, e.g. 2027-03-15')
    .option(
      '--framework <id>',
      'the framework to rate and plan against (default: the built-in one; see framework list)',
    )
    .option('--json', 'print the profile as JSON');
}

function inputFromFlags(f: ProfileFlags, today: string): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  if (f.name !== undefined) input.name = f.name;
  if (f.company !== undefined) input.company = f.company;
  if (f.level !== undefined) input.currentLevel = f.level;
  if (f.target !== undefined) input.targetLevel = f.target;
  if (f.manager !== undefined) input.managerName = f.manager || null;
  if (f.cadence !== undefined) input.reviewCadence = f.cadence;
  if (f.framework !== undefined) input.framework = f.framework;
  if (f.nextCalibration !== undefined) {
    input.nextCalibration =
      f.nextCalibration === '' ? null : parseDateInput(f.nextCalibration, today, 'nextCalibration');
  }
  return input;
}

/** "senior (L5 at Google)": the ladder level with the company's own name for it. */
function inCompanyTerms(p: Profile, level: Profile['currentLevel']): string {
  if (p.company === 'generic') return level;
  return `${level} (${companyLevelName(p.company, level)} at ${COMPANY_PROFILES[p.company].name})`;
}

export function renderProfile(p: Profile): string {
  const rows = [
    ['name', p.name],
    ['company', p.company],
    ['level', inCompanyTerms(p, p.currentLevel)],
    ['target', inCompanyTerms(p, p.targetLevel)],
    ['manager', p.managerName ?? '(not set)'],
    ['cadence', p.reviewCadence],
    ['next calibration', p.nextCalibration ?? '(not set)'],
    ['framework', p.framework],
  ];
  return `${rows.map(([k, v]) => `${k!.padEnd(18)}${v}`).join('\n')}\n`;
}

export function registerProfileCommands(program: Command, ctx: CommandContext): void {
  addProfileOptions(
    program
      .command('init')
      .description('set up your profile (asks on a terminal; every answer has a flag for scripts)')
      .addHelpText(
        'after',
        '\nExample:\n  promocase init --name "Sam Rivera" --company google --level L4 --target L5 --manager "Priya Nair" --cadence half-yearly --next-calibration 2027-03-15',
      ),
  ).action(async (flags: ProfileFlags, cmd: Command) => {
    await ctx.session(cmd, async ({ services, actor, config, io }) => {
      const today = services.context.today();
      const input = inputFromFlags(flags, today);
      const existing = await services.profile.get(actor).catch(() => undefined);
      if (io.isTTY) await askMissing(input, existing);
      const missing = (['name', 'currentLevel', 'targetLevel'] as const).filter(
        (k) => input[k] === undefined && !existing?.[k],
      );
      if (missing.length) {
        const flagOf = { name: '--name', currentLevel: '--level', targetLevel: '--target' };
        throw new UsageError(
          `init needs ${missing.map((m) => flagOf[m]).join(', ')} (no terminal to ask on)`,
        );
      }
      // The token first: if the home cannot hold it, nothing is saved.
      if (config.database.kind === 'sqlite') ensureAccessToken(config.home);
      const { ownerId: _o, createdAt: _c, updatedAt: _u, ...base } = existing ?? ({} as Partial<Profile>);
      const profile = await services.profile.save(actor, { ...base, ...input });
      if (flags.json) printJson(io, profile);
      else io.stdout.write(renderProfile(profile));
      say(
        io,
        `Saved. Your data lives in ${services.context.store.location}. Next: promocase log "what you did".`,
      );
    });
  });

  addProfileOptions(
    program
      .command('profile')
      .description('show your profile, or change it with the same flags as init')
      .addHelpText(
        'after',
        '\nExamples:\n  promocase profile\n  promocase profile --target staff --next-calibration 2027-09-01',
      ),
  ).action(async (flags: ProfileFlags, cmd: Command) => {
    await ctx.session(cmd, async ({ services, actor, io }) => {
      const changes = inputFromFlags(flags, services.context.today());
      const profile = Object.keys(changes).length
        ? await services.profile.update(actor, changes)
        : await services.profile.get(actor);
      if (flags.json) printJson(io, profile);
      else io.stdout.write(renderProfile(profile));
    });
  });
}

async function askMissing(input: Record<string, unknown>, existing: Profile | undefined): Promise<void> {
  input.name ??= await askText('Your name', { initial: existing?.name, required: true });
  input.currentLevel ??= await askSelect(
    'Your current level',
    BUILTIN_LEVEL_IDS,
    existing?.currentLevel ?? 'mid',
  );
  if (input.targetLevel === undefined) {
    const above = BUILTIN_LEVEL_IDS.slice(BUILTIN_LEVEL_IDS.indexOf(input.currentLevel as never) + 1);
    if (above.length === 0) throw new UsageError('there is no level above principal on the generic ladder');
    input.targetLevel = await askSelect('The level you are aiming for', above, above[0]);
  }
  if (input.managerName === undefined)
    input.managerName =
      (await askText("Your manager's name (optional)", { initial: existing?.managerName ?? '' })) || null;
  input.reviewCadence ??= await askSelect(
    'How often are reviews?',
    REVIEW_CADENCES,
    existing?.reviewCadence ?? 'half-yearly',
  );
  if (input.nextCalibration === undefined) {
    const date = await askText('Next calibration date, YYYY-MM-DD (optional)', {
      initial: existing?.nextCalibration ?? '',
    });
    input.nextCalibration = date || null;
  }
}
