// The Documents page's reads: a document as its model (format=json) for the preview, its dry run, and
// the address of each download. Everything goes through the same selection as `promocase doc`.
import { useQuery } from '@tanstack/react-query';
import { ApiError } from './api-error';
import { api, apiUrl, call, type Schemas } from './client';
import type { paths } from './schema';

export type DocumentJson = Schemas['DocumentJson'];
export type DocumentType = DocumentJson['document']['type'];
export type DocumentBlock = Schemas['DocumentBlock'];
export type DocumentInline = Schemas['DocumentInline'];
export type DocumentEvidence = Schemas['DocumentEvidencePreview'];
export type DocumentQuery = NonNullable<
  paths['/api/v1/documents/{type}/evidence']['get']['parameters']['query']
>;

export const DOCUMENT_FORMATS = ['pdf', 'docx', 'md', 'html', 'json'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/**
 * What the person chose, as typed: empty means "the type's default", and values go to the server as
 * they are, so a bad one comes back as the server's error naming the field.
 */
export interface DocumentChoice {
  type: DocumentType;
  visibility: '' | 'private' | 'manager';
  since: string;
  until: string;
  projects: string[];
  wordLimit: string;
}

/** Only the self-review has a word limit; the server refuses one for any other type. */
export const hasWordLimit = (type: DocumentType) => type === 'meta';

export function queryOf(choice: DocumentChoice): DocumentQuery {
  return {
    ...(choice.visibility ? { visibility: choice.visibility } : {}),
    ...(choice.since ? { since: choice.since } : {}),
    ...(choice.until ? { until: choice.until } : {}),
    ...(choice.projects.length > 0 ? { project: choice.projects } : {}),
    ...(hasWordLimit(choice.type) && choice.wordLimit.trim() ? { wordLimit: choice.wordLimit.trim() } : {}),
  };
}

/** Keeps the last answer on screen while a changed selection of the same type loads, never another type's. */
function sameType(type: DocumentType) {
  return <T>(previous: T | undefined, query: { queryKey: readonly unknown[] } | undefined) =>
    query?.queryKey[1] === type ? previous : undefined;
}

export const useDocumentEvidence = (type: DocumentType, query: DocumentQuery) =>
  useQuery({
    queryKey: ['documents', type, 'evidence', query] as const,
    placeholderData: sameType(type),
    queryFn: () => call(api.GET('/api/v1/documents/{type}/evidence', { params: { path: { type }, query } })),
  });

export const useDocumentModel = (type: DocumentType, query: DocumentQuery) =>
  useQuery({
    queryKey: ['documents', type, 'json', query] as const,
    placeholderData: sameType(type),
    queryFn: async (): Promise<DocumentJson> => {
      const body = await call(
        api.GET('/api/v1/documents/{type}', {
          params: { path: { type }, query: { ...query, format: 'json' } },
        }),
      );
      // The route declares every format's body; asked for JSON, anything else is the server's mistake.
      if (typeof body === 'string')
        throw new ApiError(200, 'unexpected', 'the document came back as text, not JSON');
      return body;
    },
  });

/** Where the file of one format downloads from: the same query, and the server names the file. */
export function documentDownloadUrl(
  type: DocumentType,
  query: DocumentQuery,
  format: DocumentFormat,
): string {
  const params = new URLSearchParams({ format });
  for (const [name, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? value : [value]) params.append(name, String(one));
  }
  return apiUrl(`/api/v1/documents/${encodeURIComponent(type)}?${params}`);
}
