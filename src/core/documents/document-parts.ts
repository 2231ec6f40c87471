/** Pieces several documents share: the metadata block, names from the framework, the evidence table. */
import type { Entry } from '../entries/entry.js';
import { type CompetencyNamer, cite } from './build-stories.js';
import type { DocumentInputs } from './document-inputs.js';
import type { Block, DocumentMetadata, Inline } from './document-model.js';
import { text } from './document-model.js';

export function levelName(inputs: DocumentInputs, id: string): string {
  return inputs.framework.levels.find((l) => l.id === id)?.name ?? id;
}

export function competencyNamer(inputs: DocumentInputs): CompetencyNamer {
  const names = new Map(inputs.framework.competencies.map((c) => [c.id, c.name]));
  return (id) => names.get(id) ?? id;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  // Not toLocaleString: starting Intl costs about 20 ms, a tenth of the Markdown budget.
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${n === 1 ? one : many}`;
}

/** The metadata every document opens with: who, which levels, which evidence, when. */
export function standardMetadata(inputs: DocumentInputs): DocumentMetadata[] {
  const { profile, choice } = inputs;
  const s = choice.selection;
  return [
    { label: 'Author', value: profile.name },
    {
      label: 'Level',
      value: `${levelName(inputs, inputs.levels.current)}, aiming at ${levelName(inputs, inputs.levels.target)}`,
    },
    { label: 'Period', value: `${s.since} to ${s.until} (${s.basis})` },
    {
      label: 'Evidence',
      value: `${plural(choice.included.length, 'entry', 'entries')}${s.visibility === 'manager' ? ' shared with the manager' : ', private ones included'}${s.projects.length ? `; projects: ${s.projects.join(', ')}` : ''}`,
    },
    { label: 'Framework', value: inputs.framework.name },
    { label: 'Generated', value: `${inputs.asOf} by ${inputs.generator}` },
  ];
}

/** The newest entry of a list (entries arrive in date order, but do not rely on it). */
export function latest(entries: readonly Entry[]): Entry | undefined {
  let best: Entry | undefined;
  for (const e of entries) if (!best || e.date >= best.date) best = e;
  return best;
}

/** Per competency of the framework: how many entries show it and the latest one, cited. */
export function competencyEvidenceTable(inputs: DocumentInputs): Block {
  const byCompetency = new Map<string, Entry[]>();
  for (const e of inputs.choice.included) {
    for (const c of e.competencies) {
      const list = byCompetency.get(c);
      if (list) list.push(e);
      else byCompetency.set(c, [e]);
    }
  }
  const rows: Inline[][][] = inputs.framework.competencies.map((c) => {
    const list = byCompetency.get(c.id) ?? [];
    const last = latest(list);
    return [
      [text(c.name)],
      [text(String(list.length))],
      last ? [text(last.title), cite(last)] : [text('none')],
    ];
  });
  return { type: 'table', header: ['Competency', 'Entries', 'Latest evidence'], rows };
}

/** One line per entry: its title, its outcome when it has one, cited. */
export function entryLine(entry: Entry, outcome: (e: Entry) => Inline[]): Inline[] {
  if (entry.impact.trim() === '') return [text(entry.title), cite(entry)];
  return [text(`${entry.title}: `), ...outcome(entry)];
}
