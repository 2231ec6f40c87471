/** The whole analysis of a case: readiness per competency and overall, consistency, projects, objections, questions, actions. */
import { weekStart } from '../dates.js';
import { goalFlags } from '../people/goal-flags.js';
import type { CaseInput } from './case-input.js';
import { answerCommitteeQuestions, type CommitteeQuestion } from './committee-questions.js';
import {
  type CompetencyReadiness,
  competencyReadiness,
  type OverallReadiness,
  overallReadiness,
} from './competency-readiness.js';
import { byStrength, dayNumber, SCOPE_FOR_LEVEL, toEvidence } from './evidence.js';
import { type NextAction, nextActions } from './next-actions.js';
import { findObjections, type Objection } from './objections.js';
import { buildProjects, type Project } from './projects.js';
import { type Consistency, consistency as measureConsistency } from './review-periods.js';

export interface CaseAssessment {
  asOf: string;
  target: {
    ladderLevel: string;
    level: { id: string; name: string };
    framework: { id: string; name: string };
  };
  overall: OverallReadiness;
  competencies: CompetencyReadiness[];
  consistency: Consistency;
  projects: Project[];
  objections: Objection[];
  questions: CommitteeQuestion[];
  nextActions: NextAction[];
}

export function assessCase(input: CaseInput): CaseAssessment {
  const required = SCOPE_FOR_LEVEL[input.profile.targetLevel];
  const todayDay = dayNumber(input.today);
  // Sorted once, strongest first: every list made from it by filtering keeps that order.
  const evidence = input.entries
    .map((e) => toEvidence(e, input.quality.get(e.id), required, todayDay))
    .sort(byStrength);
  const consistency = measureConsistency(evidence, input.profile.reviewCadence, input.today);
  const competencies = competencyReadiness({
    framework: input.framework,
    targetLevel: input.targetLevel,
    evidence,
    assessments: input.assessments,
    goals: input.goals,
    consistency,
  });
  const level = input.framework.levels.find((l) => l.id === input.targetLevel)!;
  const overall = overallReadiness(competencies, consistency, level.name);
  const projects = buildProjects(evidence);
  const objections = findObjections(input, evidence, projects, consistency);
  const dateOf = new Map(input.entries.map((e) => [e.id, e.date]));
  const flaggedGoals = input.goals.map((g) => ({
    id: g.id,
    title: g.title,
    flags: goalFlags(
      g,
      input.today,
      g.entryIds.flatMap((id) => dateOf.get(id) ?? []),
    ).map((f) => f.flag),
  }));
  const thisWeek = weekStart(input.today);
  return {
    asOf: input.today,
    target: {
      ladderLevel: input.profile.targetLevel,
      level: { id: level.id, name: level.name },
      framework: { id: input.framework.id, name: input.framework.name },
    },
    overall,
    competencies,
    consistency,
    projects,
    objections,
    questions: answerCommitteeQuestions(input, evidence, projects, consistency),
    nextActions: nextActions({
      objections,
      competencies,
      evidence,
      flaggedGoals,
      loggedThisWeek: input.entries.some((e) => e.date >= thisWeek),
    }),
  };
}
