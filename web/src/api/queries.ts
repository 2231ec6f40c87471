// Reads shared by the pages, cached by TanStack Query under stable keys; writes invalidate what they change.
import { keepPreviousData, type QueryClient, useQuery } from '@tanstack/react-query';
import type { ApiError } from './api-error';
import { api, call } from './client';
import type { paths } from './schema';

/** Whether a people-loop list (goals, 1:1s, peer feedback, assessments, manager changes) shows deleted records too. */
export type Deleted = 'exclude' | 'include';
/**
 * The query for a people-loop list: nothing for the default, so the address stays the one `serve`
 * warms up and the server's read cache answers (`/api/v1/goals`, not `/api/v1/goals?deleted=exclude`).
 */
export const deletedQuery = (deleted: Deleted) => ({ query: deleted === 'include' ? { deleted } : {} });
export type EntryQuery = NonNullable<paths['/api/v1/entries']['get']['parameters']['query']>;

export const keys = {
  about: ['about'] as const,
  profile: ['profile'] as const,
  streak: ['streak'] as const,
  entries: (query: EntryQuery) => ['entries', query] as const,
  frameworks: ['frameworks'] as const,
  framework: (id: string) => ['framework', id] as const,
  diff: (id: string, from: string, to: string) => ['diff', id, from, to] as const,
  companies: ['companies'] as const,
  readiness: ['readiness'] as const,
  objections: ['objections'] as const,
  nextActions: ['next-actions'] as const,
  goals: ['goals'] as const,
  ratingHistory: ['rating-history'] as const,
  gaps: ['gaps'] as const,
};

/** What the analysis reads from the log: every write to entries (or goals, ratings) can change it. */
const ANALYSIS = [
  keys.readiness,
  keys.objections,
  keys.nextActions,
  keys.goals,
  keys.gaps,
  ['goal-suggestions'],
  ['projects'],
  ['documents'], // every document is built from the entries and the analysis
];

declare module '@tanstack/react-query' {
  interface Register {
    // Every query and mutation goes through `call`, which throws nothing else.
    defaultError: ApiError;
  }
}

export const useAbout = () =>
  useQuery({ queryKey: keys.about, queryFn: () => call(api.GET('/api/v1/about')) });

export const useProfile = () =>
  useQuery({ queryKey: keys.profile, queryFn: () => call(api.GET('/api/v1/profile')) });

export const useStreak = () =>
  useQuery({ queryKey: keys.streak, queryFn: () => call(api.GET('/api/v1/streak')) });

export const useEntries = (query: EntryQuery) =>
  useQuery({
    queryKey: keys.entries(query),
    // While a new search or filter loads, the list keeps showing the last result instead of flashing empty.
    placeholderData: keepPreviousData,
    queryFn: async () => (await call(api.GET('/api/v1/entries', { params: { query } }))).entries,
  });

export const useFrameworks = () =>
  useQuery({
    queryKey: keys.frameworks,
    queryFn: async () => (await call(api.GET('/api/v1/frameworks'))).frameworks,
  });

export const useFramework = (id: string | undefined) =>
  useQuery({
    queryKey: keys.framework(id ?? ''),
    enabled: !!id,
    queryFn: () => call(api.GET('/api/v1/frameworks/{id}', { params: { path: { id: id ?? '' } } })),
  });

export const useLevelDiff = (id: string | undefined, from: string, to: string) =>
  useQuery({
    queryKey: keys.diff(id ?? '', from, to),
    enabled: !!id && !!from && !!to && from !== to,
    queryFn: () =>
      call(
        api.GET('/api/v1/frameworks/{id}/diff', {
          params: { path: { id: id ?? '' }, query: { from, to } },
        }),
      ),
  });

export const useCompanies = () =>
  useQuery({
    queryKey: keys.companies,
    queryFn: async () => (await call(api.GET('/api/v1/companies'))).companies,
    staleTime: Number.POSITIVE_INFINITY, // built into the server: they change only with a new version
  });

/** After a write to entries: the lists, the streak and the dashboard's analysis read them. */
export function entriesChanged(client: QueryClient): Promise<void> {
  return Promise.all([
    client.invalidateQueries({ queryKey: ['entries'] }),
    client.invalidateQueries({ queryKey: keys.streak }),
    analysisChanged(client),
  ]).then(() => undefined);
}

/** After a write the readiness analysis reads (entries, goals, ratings, feedback). */
export function analysisChanged(client: QueryClient): Promise<void> {
  return Promise.all(ANALYSIS.map((queryKey) => client.invalidateQueries({ queryKey }))).then(
    () => undefined,
  );
}

export const useReadiness = () =>
  useQuery({ queryKey: keys.readiness, queryFn: () => call(api.GET('/api/v1/readiness')) });

export const useObjections = () =>
  useQuery({ queryKey: keys.objections, queryFn: () => call(api.GET('/api/v1/objections')) });

export const useNextActions = () =>
  useQuery({
    queryKey: keys.nextActions,
    queryFn: async () => (await call(api.GET('/api/v1/next-actions'))).nextActions,
  });

/** Deleted goals only when asked (`include`), under their own key so both lists stay cached. */
export const useGoals = (deleted: Deleted = 'exclude') =>
  useQuery({
    queryKey: deleted === 'exclude' ? keys.goals : [...keys.goals, deleted],
    queryFn: async () => (await call(api.GET('/api/v1/goals', { params: deletedQuery(deleted) }))).goals,
  });

/** The competencies of the framework the profile measures against, for menus and hints. */
export function useProfileCompetencies() {
  const profile = useProfile();
  const framework = useFramework(profile.data?.framework);
  return framework.data?.competencies ?? [];
}

export const useRatingHistory = () =>
  useQuery({
    queryKey: keys.ratingHistory,
    queryFn: () => call(api.GET('/api/v1/assessments/history')),
  });

export const useGaps = () => useQuery({ queryKey: keys.gaps, queryFn: () => call(api.GET('/api/v1/gaps')) });

/** After an assessment is recorded: the history, the gaps and the readiness read the ratings. */
export function ratingsChanged(client: QueryClient): Promise<void> {
  return Promise.all([
    client.invalidateQueries({ queryKey: keys.ratingHistory }),
    analysisChanged(client),
  ]).then(() => undefined);
}

export const useGoalSuggestions = () =>
  useQuery({
    queryKey: ['goal-suggestions'],
    queryFn: async () => (await call(api.GET('/api/v1/goals/suggestions'))).suggestions,
  });

export const useConversations = (deleted: Deleted = 'exclude') =>
  useQuery({
    queryKey: ['conversations', deleted],
    queryFn: async () =>
      (await call(api.GET('/api/v1/conversations', { params: deletedQuery(deleted) }))).conversations,
  });

export const useConversationStatus = () =>
  useQuery({
    queryKey: ['conversation-status'],
    queryFn: () => call(api.GET('/api/v1/conversations/status')),
  });

/** After a conversation is recorded: the list, the status and the objections read them. */
export function conversationsChanged(client: QueryClient): Promise<void> {
  return Promise.all([
    client.invalidateQueries({ queryKey: ['conversations'] }),
    client.invalidateQueries({ queryKey: ['conversation-status'] }),
    analysisChanged(client),
  ]).then(() => undefined);
}

export const usePeerFeedback = (deleted: Deleted = 'exclude') =>
  useQuery({
    queryKey: ['peer-feedback', deleted],
    queryFn: async () =>
      (await call(api.GET('/api/v1/peer-feedback', { params: deletedQuery(deleted) }))).peerFeedback,
  });

export const useRequestKit = (limit?: number) =>
  useQuery({
    queryKey: ['request-kit', limit],
    placeholderData: keepPreviousData, // changing the size keeps the current kit on screen meanwhile
    queryFn: () =>
      call(api.GET('/api/v1/peer-feedback/request-kit', { params: { query: limit ? { limit } : {} } })),
  });

/** After peer feedback is recorded: the list, whom to ask next and the objections read it. */
export function peerFeedbackChanged(client: QueryClient): Promise<void> {
  return Promise.all([
    client.invalidateQueries({ queryKey: ['peer-feedback'] }),
    client.invalidateQueries({ queryKey: ['request-kit'] }),
    analysisChanged(client),
  ]).then(() => undefined);
}

export const useProjects = () =>
  useQuery({
    queryKey: ['projects'],
    queryFn: async () => (await call(api.GET('/api/v1/projects'))).projects,
  });
