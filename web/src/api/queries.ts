// Reads shared by the pages, cached by TanStack Query under stable keys; writes invalidate what they change.
import { keepPreviousData, type QueryClient, useQuery } from '@tanstack/react-query';
import type { ApiError } from './api-error';
import { api, call } from './client';
import type { paths } from './schema';

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
};

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

/** After a write to entries: the lists, the streak and the dashboard read them. */
export function entriesChanged(client: QueryClient): Promise<void> {
  return Promise.all([
    client.invalidateQueries({ queryKey: ['entries'] }),
    client.invalidateQueries({ queryKey: keys.streak }),
  ]).then(() => undefined);
}

/** The competencies of the framework the profile measures against, for menus and hints. */
export function useProfileCompetencies() {
  const profile = useProfile();
  const framework = useFramework(profile.data?.framework);
  return framework.data?.competencies ?? [];
}
