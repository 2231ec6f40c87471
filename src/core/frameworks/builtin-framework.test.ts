import { describe, expect, it } from 'vitest';
import { BUILTIN_FRAMEWORK } from './builtin-framework.js';
import { BUILTIN_COMPETENCY_IDS, BUILTIN_LEVEL_IDS } from './builtin-ids.js';
import { type FrameworkCell, FrameworkDocument } from './framework.js';

const fw = BUILTIN_FRAMEWORK;

function cellAt(level: string, competency: string): FrameworkCell {
  const found = fw.cells.filter((c) => c.level === level && c.competency === competency);
  expect(found, `${level} x ${competency}`).toHaveLength(1);
  return found[0]!;
}

/** Everything a cell says, in one string, for keyword checks. */
function cellText(cell: FrameworkCell): string {
  return [cell.expectation, ...cell.signals, ...cell.examples].join('\n');
}

/** Sentences of a paragraph: split after . ! ? followed by whitespace (so "99.9%" and "1.5 s" stay whole). */
function sentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const normalize = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Every piece of prose the framework ships, with where it lives. */
function allProse(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [
    { where: 'description', text: fw.description },
    { where: 'name', text: fw.name },
  ];
  for (const l of fw.levels) out.push({ where: `levels.${l.id}`, text: `${l.name}\n${l.summary}` });
  for (const c of fw.competencies)
    out.push({ where: `competencies.${c.id}`, text: `${c.name}\n${c.summary}` });
  for (const c of fw.cells) out.push({ where: `cells.${c.level}.${c.competency}`, text: cellText(c) });
  return out;
}

describe('BUILTIN_FRAMEWORK: shape', () => {
  it('is a valid framework document', () => {
    const parsed = FrameworkDocument.safeParse(fw);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 2)).toBe(true);
  });

  it('parses to itself: every default is already filled in, nothing is trimmed or added', () => {
    expect(FrameworkDocument.parse(fw)).toEqual(fw);
  });

  it('has the fixed header fields', () => {
    expect(fw.format).toBe('promocase-framework');
    expect(fw.version).toBe(1);
    expect(fw.id).toBe('promocase');
    expect(fw.name).toBe('promocase engineering ladder');
    expect(fw.source).toBe('built-in (written by the promocase project)');
  });

  it('has the six levels, with the required ids, lowest first', () => {
    expect(fw.levels.map((l) => l.id)).toEqual([...BUILTIN_LEVEL_IDS]);
    expect(fw.levels.map((l) => l.id)).toEqual([
      'junior',
      'mid',
      'senior',
      'staff',
      'senior-staff',
      'principal',
    ]);
  });

  it('has the eight competencies, with the required ids, in order', () => {
    expect(fw.competencies.map((c) => c.id)).toEqual([...BUILTIN_COMPETENCY_IDS]);
    expect(fw.competencies.map((c) => c.id)).toEqual([
      'craft',
      'system-design',
      'ownership',
      'ambiguity',
      'impact',
      'multiplier',
      'technical-leadership',
      'communication',
    ]);
  });

  it("anchors senior at 'senior'", () => {
    expect(fw.seniorLevel).toBe('senior');
    expect(fw.levels.some((l) => l.id === fw.seniorLevel)).toBe(true);
  });

  it('gives every level and competency a distinct name and a one-paragraph summary', () => {
    for (const item of [...fw.levels, ...fw.competencies]) {
      expect(item.summary.length, item.id).toBeGreaterThan(80);
      expect(item.summary, item.id).not.toContain('\n');
    }
    expect(new Set(fw.levels.map((l) => l.name)).size).toBe(fw.levels.length);
    expect(new Set(fw.competencies.map((c) => c.name)).size).toBe(fw.competencies.length);
  });
});

describe('BUILTIN_FRAMEWORK: cells', () => {
  it('has all 48 level x competency cells, each exactly once', () => {
    expect(fw.cells).toHaveLength(BUILTIN_LEVEL_IDS.length * BUILTIN_COMPETENCY_IDS.length);
    expect(fw.cells).toHaveLength(48);
    const keys = fw.cells.map((c) => `${c.level}/${c.competency}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const level of BUILTIN_LEVEL_IDS) {
      for (const competency of BUILTIN_COMPETENCY_IDS) cellAt(level, competency);
    }
  });

  it('refers only to known levels and competencies', () => {
    for (const c of fw.cells) {
      expect(BUILTIN_LEVEL_IDS as readonly string[]).toContain(c.level);
      expect(BUILTIN_COMPETENCY_IDS as readonly string[]).toContain(c.competency);
    }
  });

  it('gives every cell a one-paragraph expectation of 2-4 sentences', () => {
    for (const c of fw.cells) {
      const where = `${c.level} x ${c.competency}`;
      expect(c.expectation.length, where).toBeGreaterThanOrEqual(120);
      expect(c.expectation, where).not.toContain('\n');
      const n = sentences(c.expectation).length;
      expect(n, `${where}: ${n} sentences`).toBeGreaterThanOrEqual(2);
      expect(n, `${where}: ${n} sentences`).toBeLessThanOrEqual(4);
    }
  });

  it('gives every cell 3-6 signals and 2-3 examples, none of them trivial', () => {
    for (const c of fw.cells) {
      const where = `${c.level} x ${c.competency}`;
      expect(c.signals.length, where).toBeGreaterThanOrEqual(3);
      expect(c.signals.length, where).toBeLessThanOrEqual(6);
      expect(c.examples.length, where).toBeGreaterThanOrEqual(2);
      expect(c.examples.length, where).toBeLessThanOrEqual(3);
      for (const s of c.signals) expect(s.length, `${where}: ${s}`).toBeGreaterThanOrEqual(25);
      for (const e of c.examples) expect(e.length, `${where}: ${e}`).toBeGreaterThanOrEqual(80);
    }
  });

  it('writes examples as specific evidence: every cell has at least one with a number in it', () => {
    for (const c of fw.cells) {
      expect(
        c.examples.some((e) => /\d/.test(e)),
        `${c.level} x ${c.competency}`,
      ).toBe(true);
    }
  });

  it('repeats no text across cells (no copy-paste): expectations, signals, examples and sentences', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const c of fw.cells) {
      const where = `${c.level} x ${c.competency}`;
      const pieces = [...sentences(c.expectation), ...c.signals, ...c.examples];
      for (const piece of pieces) {
        const key = normalize(piece);
        const first = seen.get(key);
        if (first !== undefined) dupes.push(`"${piece}" in ${where}, already in ${first}`);
        else seen.set(key, where);
      }
    }
    expect(dupes).toEqual([]);
  });

  it('lets scope grow by level: tasks, features, a system and the team, several teams, the org, the company', () => {
    const scope: Record<(typeof BUILTIN_LEVEL_IDS)[number], RegExp> = {
      junior: /\btasks?\b/i,
      mid: /\bfeatures?\b/i,
      senior: /\b(system|problem domain|area|team)\b/i,
      staff: /\bteams\b/i,
      'senior-staff': /\b(organization|org)\b/i,
      principal: /\b(company|industry)\b/i,
    };
    for (const c of fw.cells) {
      expect(c.expectation, `${c.level} x ${c.competency}`).toMatch(scope[c.level as keyof typeof scope]);
    }
  });
});

describe('BUILTIN_FRAMEWORK: the senior row', () => {
  const senior = (competency: (typeof BUILTIN_COMPETENCY_IDS)[number]) => cellAt('senior', competency);

  it('makes the scope-of-ownership shift explicit in ownership', () => {
    const e = senior('ownership').expectation;
    expect(e).toMatch(/scope of ownership/i);
    expect(e).toMatch(/system or problem domain/i);
    expect(e).toMatch(/tasks/i);
  });

  it('makes the tolerance-for-ambiguity shift explicit in ambiguity', () => {
    const e = senior('ambiguity').expectation;
    expect(e).toMatch(/tolerance for ambiguity/i);
    expect(e).toMatch(/vague/i);
    expect(e).toMatch(/plan with milestones/i);
  });

  it('makes the impact-beyond-own-output shift explicit in multiplier and impact', () => {
    expect(senior('multiplier').expectation).toMatch(/beyond their own output/i);
    expect(senior('multiplier').expectation).toMatch(/team is measurably better/i);
    expect(senior('impact').expectation).toMatch(/beyond their own output/i);
  });

  it('makes the technical-leadership shift explicit in technical leadership and system design', () => {
    const e = senior('technical-leadership').expectation;
    expect(e).toMatch(/technical leadership/i);
    expect(e).toMatch(/architecture decisions/i);
    expect(e).toMatch(/design docs/i);
    expect(senior('system-design').expectation).toMatch(/architectural decisions/i);
  });

  it('makes the communication-and-influence shift explicit in communication', () => {
    const e = senior('communication').expectation;
    expect(e).toMatch(/communication and influence/i);
    expect(e).toMatch(/trade-offs/i);
    expect(e).toMatch(/pushes back with data/i);
    expect(e).toMatch(/documents that change minds/i);
  });

  it('says good code is the floor, not the bar, in the craft cell and the level summary', () => {
    expect(senior('craft').expectation).toMatch(/good code is the floor, not the bar/i);
    const summary = fw.levels.find((l) => l.id === 'senior')!.summary;
    expect(summary).toMatch(/good code is the floor, not the bar/i);
  });

  it('names all five shifts in the senior level summary', () => {
    const summary = fw.levels.find((l) => l.id === 'senior')!.summary;
    for (const shift of [
      /scope of ownership/i,
      /tolerance for ambiguity/i,
      /impact beyond their own output/i,
      /technical leadership/i,
      /communication and influence/i,
    ]) {
      expect(summary).toMatch(shift);
    }
  });
});

describe('BUILTIN_FRAMEWORK: wording', () => {
  it('says in the description that levels are cumulative and that this is not a checklist', () => {
    expect(fw.description).toMatch(/cumulative/i);
    expect(fw.description).toMatch(/includes everything the levels below/i);
    expect(fw.description).toMatch(/not a checklist/i);
    expect(fw.description).toMatch(/conversation/i);
  });

  it('does not read like a checklist: no check boxes, bullets or numbered items inside the prose', () => {
    for (const { where, text } of allProse()) {
      expect(text, where).not.toMatch(/\[[ xX]\]|^\s*[-*•]\s|^\s*\d+[.)]\s/m);
    }
  });

  it('uses American spelling', () => {
    const british =
      /\b(behaviour|behaviours|organisation|organisations|organise|prioritise|prioritised|analyse|analysed|colour|favour|centre|judgement|licence|catalogue|programme|optimise|recognise|recognised|minimise|maximise|realise|standardise|modelling|travelled)\b/i;
    for (const { where, text } of allProse()) expect(text, where).not.toMatch(british);
  });

  it('avoids corporate filler and hype words', () => {
    const filler =
      /\b(synergy|synergies|leverage|leveraging|best-in-class|world-class|rockstar|ninja|guru|thought leader|move the needle|circle back|low-hanging fruit|paradigm|holistic|empower|empowering)\b/i;
    for (const { where, text } of allProse()) expect(text, where).not.toMatch(filler);
  });

  it('uses plain ASCII apostrophes and quotes', () => {
    for (const { where, text } of allProse()) expect(text, where).not.toMatch(/[\u2018\u2019\u201c\u201d]/);
  });
});
