// Reads of the people-loop pages beyond the shared ones: assessments and their comparison, manager
// changes, single entries (a goal's evidence) and the untagged-entry suggestions.
import { type QueryClient, useQueries, useQuery } from '@tanstack/react-query';
import { api, call } from './client';
import { conversationsChanged, type Deleted, deletedQuery, ratingsChanged } from './queries';

/** Deleted assessments only when asked (`include`), under their own key so both lists stay cached. */
export const useAssessments = (deleted: Deleted = 'exclude') =>
  useQuery({
    queryKey: ['assessments', 'list', deleted],
    queryFn: async () =>
      (await call(api.GET('/api/v1/assessments', { params: deletedQuery(deleted) }))).assessments,
  });

export const useRatingComparison = () =>
  useQuery({
    queryKey: ['assessments', 'compare'],
    queryFn: () => call(api.GET('/api/v1/assessments/compare')),
  });

/** After an assessment is recorded, deleted or restored: its list, the comparison and what reads ratings. */
export function assessmentsChanged(client: QueryClient): Promise<void> {
  return Promise.all([client.invalidateQueries({ queryKey: ['assessments'] }), ratingsChanged(client)]).then(
    () => undefined,
  );
}

export const useManagerChanges = (deleted: Deleted = 'exclude') =>
  useQuery({
    queryKey: ['manager-changes', deleted],
    queryFn: async () =>
      (await call(api.GET('/api/v1/manager-changes', { params: deletedQuery(deleted) }))).managerChanges,
  });

/** A manager change moves the profile's manager and can reset the promotion clock (the status reads it). */
export function managerChanged(client: QueryClient): Promise<void> {
  return Promise.all([
    client.invalidateQueries({ queryKey: ['manager-changes'] }),
    client.invalidateQueries({ queryKey: ['profile'] }),
    conversationsChanged(client),
  ]).then(() => undefined);
}

/** The entries a goal links to, each read by id (deleted ones too, so a link never shows as a bare id). */
export const useEntriesById = (ids: readonly string[]) =>
  useQueries({
    queries: ids.map((id) => ({
      queryKey: ['entry', id],
      queryFn: () => call(api.GET('/api/v1/entries/{id}', { params: { path: { id } } })),
    })),
  });

/** Under `entries`, so tagging an entry anywhere (entriesChanged) refreshes these suggestions too. */
export const useUntaggedSuggestions = () =>
  useQuery({
    queryKey: ['entries', 'untagged'],
    queryFn: async () => (await call(api.GET('/api/v1/analyze/untagged'))).suggestions,
  });
