/** `promocase doc`: promotion documents from your entries (Markdown, HTML, PDF, DOCX, JSON), their gaps, and a dry run. */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { parseDateInput } from '../../core/dates.js';
import {
  DOCUMENT_FORMATS,
  DOCUMENT_TYPE_SPECS,
  DOCUMENT_TYPES,
} from '../../core/documents/document-types.js';
import { countGaps, type DocumentGap } from '../../core/documents/find-gaps.js';
import type { WordLimitReport } from '../../core/documents/limit-words.js';
import type { DocumentCheck } from '../../services/documents/check-document.js';
import type { EvidencePreview } from '../../services/documents/preview-document-evidence.js';
import type { CommandContext } from '../command-context.js';
import { collectWhole } from '../entry-options.js';
import { EXIT_FAILURE, ExitWith, UsageError } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { printJson, say } from '../output.js';
import { renderTable } from '../printers/table.js';
import { parseOutFile, writeOutput } from '../write-output.js';

interface SelectionFlags {
  visibility?: string;
  since?: string;
  until?: string;
  project?: string[];
  wordLimit?: string;
}

interface DocFlags extends SelectionFlags {
  format?: string;
  out?: string;
  force?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

const TWELVE_MONTHS = DOCUMENT_TYPES.filter(
  (t) => DOCUMENT_TYPE_SPECS[t].range === 'last-twelve-months',
).join(', ');
const TYPE_LIST = DOCUMENT_TYPES.map((t) => `  ${t.padEnd(10)} ${DOCUMENT_TYPE_SPECS[t].purpose}`).join('\n');

function addSelectionOptions(cmd: Command): Command {
  return cmd
    .option(
      '--visibility <level>',
      'private: every entry; manager: only entries shared with your manager (default per type)',
    )
    .option(
      '--since <date>',
      `first day of evidence (default: the current review period; ${TWELVE_MONTHS}: 12 months)`,
    )
    .option('--until <date>', 'last day of evidence')
    .option('--project <name>', 'only entries of this project (repeatable)', collectWhole)
    .option('--word-limit <n>', 'meta only: the most words the self-review may have (default 1000)');
}

/** `--out brag.pdf` means PDF unless --format says otherwise. */
function formatOfFile(file: string | undefined): string | undefined {
  const ext = file?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext === 'markdown') return 'md';
  if (ext === 'htm') return 'html';
  return ext && (DOCUMENT_FORMATS as readonly string[]).includes(ext) ? ext : undefined;
}

/** Flags to the request the use cases validate: dates as people type them become ISO dates here. */
function requestOf(flags: SelectionFlags, today: string): Record<string, unknown> {
  const request: Record<string, unknown> = {};
  if (flags.visibility !== undefined) request.visibility = flags.visibility;
  if (flags.since !== undefined) request.since = parseDateInput(flags.since, today, '--since');
  if (flags.until !== undefined) request.until = parseDateInput(flags.until, today, '--until');
  if (flags.project) request.projects = flags.project;
  if (flags.wordLimit !== undefined) {
    if (!/^\d{1,6}$/.test(flags.wordLimit.trim()))
      throw new UsageError(`--word-limit: "${flags.wordLimit}" is not a whole number of words`);
    request.wordLimit = Number(flags.wordLimit);
  }
  return request;
}

function sayWordLimit(io: CliIo, report: WordLimitReport | undefined): void {
  if (!report || report.cut.length === 0) return;
  say(
    io,
    `Cut ${report.wordsBefore - report.wordsAfter} words (${report.cut.length} pieces) to stay within ${report.limit}:`,
  );
  for (const c of report.cut.slice(0, 20))
    say(io, `  - ${c.section}${c.under ? ` > ${c.under}` : ''}: ${c.excerpt} (${c.words} words)`);
  if (report.cut.length > 20)
    say(io, `  ... and ${report.cut.length - 20} more (--format json lists them all)`);
}

function renderPreview(p: EvidencePreview): string {
  const s = p.selection;
  const head = `${DOCUMENT_TYPE_SPECS[p.type].name}: ${s.since} to ${s.until} (${s.basis}); ${s.visibility === 'manager' ? 'only entries shared with your manager' : 'private entries included'}${s.projects.length ? `; projects: ${s.projects.join(', ')}` : ''}\n`;
  const rows = p.entries.map((d) => [
    d.included ? 'in' : 'out',
    d.date,
    d.id.slice(-8),
    d.title.length > 60 ? `${d.title.slice(0, 57)}...` : d.title,
    d.included ? '' : d.reasons.join('; '),
  ]);
  const table = rows.length ? renderTable(['', 'DATE', 'ID', 'TITLE', 'WHY OUT'], rows) : 'No entries yet.\n';
  return `${head}${table}${p.included} in, ${p.excluded} out.\n`;
}

function renderGaps(check: DocumentCheck): string {
  const name = DOCUMENT_TYPE_SPECS[check.type].name;
  if (check.gaps.length === 0) return `${name}: no gaps (${check.included} entries).\n`;
  const where = (g: DocumentGap) => (g.under ? `${g.section} > ${g.under}` : g.section);
  const lines = check.gaps.map(
    (g, i) =>
      `${i + 1}. ${where(g)}: ${g.what}${g.claim ? ` (after "${g.claim.length > 60 ? `${g.claim.slice(0, 57)}...` : g.claim}")` : ''}\n   why: ${g.why}`,
  );
  return `${name}: ${check.gaps.length} gap${check.gaps.length === 1 ? '' : 's'} to fill (${check.included} entries)\n${lines.join('\n')}\n`;
}

export function registerDocCommand(program: Command, ctx: CommandContext): void {
  const doc = addSelectionOptions(
    program
      .command('doc')
      .argument('<type>', `the document: ${DOCUMENT_TYPES.join(', ')}`)
      .description(
        'build a promotion document from your entries: every claim cited, gaps marked, nothing invented',
      )
      .option(
        '-f, --format <format>',
        `${DOCUMENT_FORMATS.join(' | ')} (default: from --out's extension, else md)`,
      )
      .option('-o, --out <file>', 'write to this file (required for html, pdf and docx)', parseOutFile)
      .option('--force', 'replace --out if it exists')
      .option('--dry-run', 'list every entry, in or out of the document and why; build nothing')
      .option('--json', 'with --dry-run: machine-readable output'),
  ).addHelpText(
    'after',
    `
Types:
${TYPE_LIST}

Examples:
  promocase doc brag                                   Markdown on stdout
  promocase doc summary --out summary.pdf                the format follows the extension
  promocase doc handoff --format docx --out handoff.docx --since 2026-01-01
  promocase doc brag --project billing-migration --dry-run
  promocase doc check meta                             list the gaps to fill (exit 1 when there are any)`,
  );

  doc.action(async (type: string, flags: DocFlags, cmd: Command) => {
    if (flags.dryRun && flags.out !== undefined)
      throw new UsageError(
        '--out: a dry run prints its list and writes no file; leave out --out (or redirect: > FILE)',
      );
    const format = flags.format ?? formatOfFile(flags.out) ?? 'md';
    const toStdout = !flags.out || flags.out === '-';
    if (!flags.dryRun && toStdout && (format === 'pdf' || format === 'docx' || format === 'html'))
      throw new UsageError(`--out: a ${format} document goes to a file; add --out FILE`);
    if (!flags.dryRun && !toStdout && existsSync(flags.out!) && !flags.force)
      throw new UsageError(`--out: ${flags.out} already exists; use --force to replace it`);
    await ctx.session(cmd, async ({ services, actor, io }) => {
      const request = requestOf(flags, services.context.today());
      if (flags.dryRun) {
        const preview = await services.documents.preview(actor, type, request);
        if (flags.json) printJson(io, preview);
        else io.stdout.write(renderPreview(preview));
        return;
      }
      const file = await services.documents.build(actor, type, format, request);
      if (toStdout) io.stdout.write(file.bytes as string);
      else writeOutput(flags.out!, file.bytes, Boolean(flags.force));
      sayWordLimit(io, file.built.wordLimit);
      const gaps = countGaps(file.built.document);
      say(
        io,
        `${toStdout ? 'Built' : `Wrote ${flags.out}:`} ${file.name.toLowerCase()} from ${file.included} entries (${file.selection.since} to ${file.selection.until})${gaps ? `; ${gaps} gap${gaps === 1 ? '' : 's'} to fill (promocase doc check ${type})` : ''}.`,
      );
      if (file.unshownCharacters.length > 0) say(io, unshownNote(file.unshownCharacters));
    });
  });

  addSelectionOptions(
    doc
      .command('check')
      .argument('<type>', `the document: ${DOCUMENT_TYPES.join(', ')}`)
      .description(
        'list the gaps a document would show (claims without a number, stories without an outcome); exit 1 when there are gaps',
      )
      .option('--json', 'machine-readable output'),
  ).action(async (type: string, _flags: unknown, cmd: Command) => {
    // `doc` has the same options: commander gives each to whichever command it parsed it for.
    const flags = cmd.optsWithGlobals<SelectionFlags & { json?: boolean; out?: string }>();
    if (flags.out !== undefined)
      throw new UsageError(
        '--out: doc check prints the gaps and writes no file; leave out --out (or redirect: > FILE)',
      );
    const check = await ctx.session(cmd, async ({ services, actor, io }) => {
      const result = await services.documents.check(actor, type, requestOf(flags, services.context.today()));
      if (flags.json) printJson(io, result);
      else io.stdout.write(renderGaps(result));
      return result;
    });
    if (check.gaps.length > 0) throw new ExitWith(EXIT_FAILURE);
  });
}

/** The characters a PDF's font cannot draw, named (the first 20), so a missing name is not a surprise. */
function unshownNote(characters: readonly string[]): string {
  const shown = characters.slice(0, 20).join(' ');
  const more = characters.length > 20 ? ` and ${characters.length - 20} more` : '';
  return `The PDF's font has no glyphs for ${characters.length} characters of your text (${shown}${more}): they show as empty boxes. DOCX and HTML show them (--format docx or html).`;
}
