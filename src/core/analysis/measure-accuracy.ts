/** Accuracy of the analysis against labelled texts: per label, and competency F1 (micro), for tests and reports. */
import type { EntryAnalysis } from './analyze-entry.js';

export interface LabelledEntry {
  id: string;
  text: string;
  kind: string;
  scope: string;
  metric: boolean;
  competencies: string[];
}

export interface EntryAccuracy {
  count: number;
  kind: number;
  scope: number;
  metric: number;
  competencyF1: number;
}

/** Fractions of right answers (0-1) and the micro-averaged F1 of the competency sets. */
export function measureEntryAccuracy(
  labelled: readonly LabelledEntry[],
  predicted: ReadonlyArray<Pick<EntryAnalysis, 'kind' | 'scope' | 'metric' | 'competencies'>>,
): EntryAccuracy {
  let kind = 0;
  let scope = 0;
  let metric = 0;
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  labelled.forEach((gold, i) => {
    const guess = predicted[i];
    if (!guess) return;
    if (guess.kind === gold.kind) kind++;
    if (guess.scope === gold.scope) scope++;
    if (guess.metric === gold.metric) metric++;
    const expected = new Set(gold.competencies);
    const hits = guess.competencies.filter((c) => expected.has(c)).length;
    truePositives += hits;
    falsePositives += guess.competencies.length - hits;
    falseNegatives += expected.size - hits;
  });
  const n = labelled.length || 1;
  const precision = truePositives / (truePositives + falsePositives || 1);
  const recall = truePositives / (truePositives + falseNegatives || 1);
  return {
    count: labelled.length,
    kind: kind / n,
    scope: scope / n,
    metric: metric / n,
    competencyF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}
