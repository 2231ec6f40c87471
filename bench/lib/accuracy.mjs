/** Accuracy of analysis results against labelled items (the same measures as src/core/analysis/measure-accuracy.ts). */

/** Share of items whose `field` equals the label, over the items that carry the label. */
export function share(labelled, results, field) {
  const byId = new Map(results.map((r) => [r.id, r]));
  const scored = labelled.filter((item) => field in item);
  const right = scored.filter((item) => byId.get(item.id)?.[field] === item[field]).length;
  return { right, count: scored.length, accuracy: scored.length ? right / scored.length : Number.NaN };
}

/** Micro-averaged F1 of the competency sets. */
export function competencyF1(labelled, results) {
  const byId = new Map(results.map((r) => [r.id, r]));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const item of labelled) {
    const expected = new Set(item.competencies);
    const guessed = byId.get(item.id)?.competencies ?? [];
    const hits = guessed.filter((c) => expected.has(c)).length;
    tp += hits;
    fp += guessed.length - hits;
    fn += expected.size - hits;
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
