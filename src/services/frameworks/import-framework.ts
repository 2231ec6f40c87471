/**
 * Importing a framework file (promocase's format, the Financial Times YAML or a Monzo Markdown file):
 * validated whole before anything is stored; a re-import that drops or renames competencies reports
 * every entry tagged with them, and maps them (`map`) or leaves them flagged, never silently.
 */

import { unique } from '../../core/entries/entry.js';
import { DomainError, type FieldProblem, invalidInput } from '../../core/errors.js';
import { BUILTIN_FRAMEWORK } from '../../core/frameworks/builtin-framework.js';
import { competencyChanges } from '../../core/frameworks/competency-changes.js';
import {
  detectFrameworkFormat,
  type FrameworkFormat,
  withSeniorLevel,
} from '../../core/frameworks/detect-framework-format.js';
import type { FrameworkDocument } from '../../core/frameworks/framework.js';
import { importFinancialTimes } from '../../core/frameworks/import-ft.js';
import { importMonzo } from '../../core/frameworks/import-monzo.js';
import { parseFrameworkText } from '../../core/frameworks/parse-framework.js';
import type { Actor, ServiceContext } from '../context.js';
import { retagCompetency, type TaggedCounts } from './retag-competency.js';

export interface FrameworkPreview {
  format: FrameworkFormat;
  document: FrameworkDocument;
  /** True for formats that do not say which level is Senior: the person must choose or confirm. */
  needsSeniorLevel: boolean;
  seniorCandidates: { id: string; name: string }[];
  /** What the importer had to change to fit promocase's limits (text shortened, lists cut). */
  warnings: string[];
}

export interface FrameworkImportInput {
  text: string;
  fileName: string;
  /** A level id or 1-based number; required for FT and Monzo files. */
  seniorLevel?: string;
  /** Removed competency id -> competency id of the new version, for entries tagged with it. */
  map?: Record<string, string>;
}

export interface FrameworkImportReport {
  framework: { id: string; name: string; format: FrameworkFormat; seniorLevel: string };
  status: 'created' | 'updated';
  levels: number;
  competencies: number;
  cells: number;
  added: string[];
  removed: string[];
  /** Entries whose tags were rewritten: old id -> new id, and how many entries. */
  mapped: ({ from: string; to: string } & TaggedCounts)[];
  /** Entries still tagged with a competency the framework no longer has: shown, kept, not dropped. */
  flagged: ({ competency: string; likelyRename?: string } & TaggedCounts)[];
  warnings: string[];
}

/** Reads the file and says what it holds, without storing anything (for confirming the Senior level). */
export function previewFrameworkImport(text: string, fileName: string): FrameworkPreview {
  const format = detectFrameworkFormat(text, fileName);
  if (!format) {
    throw new DomainError(
      'invalid_input',
      `${fileName}: not a framework file promocase knows (its own YAML/JSON format, the Financial Times engineering-progression YAML, or a Monzo progression-framework Markdown file)`,
      [{ path: '(file)', message: 'unknown framework format' }],
    );
  }
  if (format === 'promocase') {
    const parsed = parseFrameworkText(text, fileName);
    if (!parsed.ok) throw invalidInput(parsed.problems);
    return { format, document: parsed.value, needsSeniorLevel: false, seniorCandidates: [], warnings: [] };
  }
  const imported = format === 'ft' ? importFinancialTimes(text, fileName) : importMonzo(text, fileName);
  if (!imported.ok) throw invalidInput(imported.problems);
  return {
    format,
    document: imported.value.document,
    needsSeniorLevel: true,
    seniorCandidates: imported.value.seniorCandidates,
    warnings: imported.value.warnings.map((w) => `${w.path}: ${w.message}`),
  };
}

export async function importFramework(
  ctx: ServiceContext,
  actor: Actor,
  input: FrameworkImportInput,
): Promise<FrameworkImportReport> {
  const preview = previewFrameworkImport(input.text, input.fileName);
  let document = preview.document;
  if (input.seniorLevel !== undefined) {
    const chosen = withSeniorLevel(document, input.seniorLevel);
    if (!chosen.ok) throw invalidInput(chosen.problems);
    document = chosen.value;
  } else if (preview.needsSeniorLevel) {
    const choices = preview.seniorCandidates.map((c, i) => `${i + 1} = ${c.id}`).join(', ');
    throw new DomainError(
      'invalid_input',
      `seniorLevel: say which level of this framework is Senior (${choices})`,
      [
        {
          path: 'seniorLevel',
          message: `required for this format: a level id or 1-based number (${choices})`,
        },
      ],
    );
  }
  if (document.id === BUILTIN_FRAMEWORK.id) {
    throw new DomainError(
      'conflict',
      `id "${document.id}" belongs to the built-in framework: give yours another id`,
      [{ path: 'id', message: 'reserved for the built-in framework' }],
    );
  }

  return ctx.store.write(async (tx) => {
    const existing = await tx.getFramework(actor.ownerId, document.id);
    const changes = existing
      ? competencyChanges(existing.document, document)
      : {
          removed: [],
          added: document.competencies.map(({ id, name }) => ({ id, name })),
          likelyRenames: [],
        };
    const map = input.map ?? {};
    checkMap(map, document);
    // Mapped ids may also be ones an earlier import already removed (entries were left flagged then).
    const retired = unique([...changes.removed.map((c) => c.id), ...Object.keys(map)]);

    const mapped: FrameworkImportReport['mapped'] = [];
    const flagged: FrameworkImportReport['flagged'] = [];
    for (const id of retired) {
      const to = map[id];
      const counts = await retagCompetency(tx, actor, {
        framework: document.id,
        from: id,
        to,
        at: ctx.now().toISOString(),
      });
      if (counts.entries + counts.ratings + counts.goals === 0) continue;
      if (to) {
        mapped.push({ from: id, to, ...counts });
        continue;
      }
      const likelyRename = changes.likelyRenames.find((r) => r.from === id)?.to;
      flagged.push({ competency: id, ...counts, ...(likelyRename ? { likelyRename } : {}) });
    }

    const at = ctx.now().toISOString();
    await tx.putFramework({
      ownerId: actor.ownerId,
      document,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
    });
    return {
      framework: {
        id: document.id,
        name: document.name,
        format: preview.format,
        seniorLevel: document.seniorLevel,
      },
      status: existing ? 'updated' : 'created',
      levels: document.levels.length,
      competencies: document.competencies.length,
      cells: document.cells.length,
      added: existing ? changes.added.map((c) => c.id) : [],
      removed: changes.removed.map((c) => c.id),
      mapped,
      flagged,
      warnings: preview.warnings,
    };
  });
}

/** A mapping goes from a competency the framework no longer has to one it has. */
function checkMap(map: Record<string, string>, document: FrameworkDocument): void {
  const problems: FieldProblem[] = [];
  const present = new Set(document.competencies.map((c) => c.id));
  for (const [from, to] of Object.entries(map)) {
    if (present.has(from)) {
      problems.push({
        path: `map.${from}`,
        message: `"${from}" is still a competency of ${document.name}; map only ones it no longer has`,
      });
    }
    if (!present.has(to)) {
      problems.push({ path: `map.${from}`, message: `"${to}" is not a competency of ${document.name}` });
    }
  }
  if (problems.length) throw invalidInput(problems);
}
