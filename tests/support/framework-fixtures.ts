// Frameworks for tests: a small one in promocase's format, built to order.

/** A small framework in promocase's format: levels mid and senior, one cell per level and competency. */
export function ladder(competencies: Array<[id: string, name: string]>, extra: Record<string, unknown> = {}) {
  const levels = [
    { id: 'mid', name: 'Mid', summary: '' },
    { id: 'senior', name: 'Senior', summary: '' },
  ];
  return {
    format: 'promocase-framework',
    version: 1,
    id: 'acme',
    name: 'Acme ladder',
    description: '',
    source: 'tests',
    levels,
    seniorLevel: 'senior',
    competencies: competencies.map(([id, name]) => ({ id, name, summary: '' })),
    cells: levels.flatMap((l) =>
      competencies.map(([id, name]) => ({
        level: l.id,
        competency: id,
        expectation: `${name} at ${l.name}.`,
        signals: [`Shows ${name.toLowerCase()}`],
        examples: [],
      })),
    ),
    ...extra,
  };
}
