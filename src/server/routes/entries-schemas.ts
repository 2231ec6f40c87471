/** The contract of /entries: request schemas (the core's, where one exists) and route definitions. */
import { createRoute, z } from '@hono/zod-openapi';
import { CreateEntryInput, UpdateEntryInput } from '../../core/entries/entry.js';
import { EntryFilter, MAX_LIMIT } from '../../core/entries/entry-filter.js';
import { described, named } from '../openapi-schema.js';
import { EntryView } from '../presenters.js';
import { errorResponses, jsonBody, jsonContent, wholeNumberQuery } from './openapi-parts.js';

/** At most this many entries in one batch: a week is a handful; a bulk load is what import is for. */
export const BATCH_MAX = 500;

const filter = EntryFilter.shape;

/** The list filter as a query string: the core's filter, with `q` for the search text and `limit` read from text. */
export const ListEntriesQuery = z
  .object({
    since: filter.since,
    until: filter.until,
    kind: filter.kind,
    competency: filter.competency,
    project: described(filter.project, 'only this project; case is ignored'),
    tag: filter.tag,
    q: described(filter.text, 'full-text search over title, details, impact, project, people and tags'),
    deleted: described(filter.deleted, 'exclude (default), include or only deleted entries'),
    limit: wholeNumberQuery(MAX_LIMIT),
  })
  .strict();

export const EntryIdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(64, 'at most 64 characters')
    .openapi({ param: { name: 'id', in: 'path' }, example: '019a5c2e-7b1f-7c3d-9e2a-4b5c6d7e8f90' }),
});

const CreateEntryBody = named(CreateEntryInput, 'CreateEntryInput');
const UpdateEntryBody = named(UpdateEntryInput, 'UpdateEntryInput');
export const CreateEntriesBody = z
  .object({
    entries: z
      .array(CreateEntryBody, { error: 'expected a list of entries' })
      .min(1, 'give at least one entry')
      .max(BATCH_MAX, `at most ${BATCH_MAX} entries per batch (use import for more)`),
  })
  .strict();
const EntryList = z.object({ entries: z.array(EntryView) }).openapi('EntryList');

export const listEntriesRoute = createRoute({
  method: 'get',
  path: '/entries',
  summary: 'List and search entries, newest first',
  request: { query: ListEntriesQuery },
  responses: { 200: jsonContent(EntryList, 'the matching entries'), ...errorResponses(400) },
});

export const createEntryRoute = createRoute({
  method: 'post',
  path: '/entries',
  summary: 'Log one entry',
  request: { body: jsonBody(CreateEntryBody, 'the entry; title is required, the rest has defaults') },
  responses: { 201: jsonContent(EntryView, 'the created entry'), ...errorResponses(400, 413, 415) },
});

export const createEntriesRoute = createRoute({
  method: 'post',
  path: '/entries/batch',
  summary: 'Log several entries at once (the Friday ritual): all of them or none',
  request: { body: jsonBody(CreateEntriesBody, 'the entries; errors name them as entries[i].field') },
  responses: {
    201: jsonContent(EntryList, 'the created entries, in order'),
    ...errorResponses(400, 413, 415),
  },
});

export const getEntryRoute = createRoute({
  method: 'get',
  path: '/entries/{id}',
  summary: 'One entry (deleted ones too)',
  request: { params: EntryIdParam },
  responses: { 200: jsonContent(EntryView, 'the entry'), ...errorResponses(400, 404) },
});

export const updateEntryRoute = createRoute({
  method: 'patch',
  path: '/entries/{id}',
  summary: 'Change some fields of an entry',
  request: { params: EntryIdParam, body: jsonBody(UpdateEntryBody, 'the fields to change (at least one)') },
  responses: { 200: jsonContent(EntryView, 'the updated entry'), ...errorResponses(400, 404, 409, 413, 415) },
});

export const deleteEntryRoute = createRoute({
  method: 'delete',
  path: '/entries/{id}',
  summary: 'Delete an entry (restorable)',
  request: { params: EntryIdParam },
  responses: {
    200: jsonContent(EntryView, 'the entry, now with deletedAt set'),
    ...errorResponses(400, 404, 409),
  },
});

export const restoreEntryRoute = createRoute({
  method: 'post',
  path: '/entries/{id}/restore',
  summary: 'Bring back a deleted entry',
  request: { params: EntryIdParam },
  responses: { 200: jsonContent(EntryView, 'the restored entry'), ...errorResponses(400, 404, 409) },
});
