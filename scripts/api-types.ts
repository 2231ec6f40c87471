// The web app's API types, generated from the OpenAPI document of the running code, so the client
// cannot drift from the server: `npm run api-types` writes them, a test checks they are current.
import openapiTS, { astToString } from 'openapi-typescript';
import { createApp } from '../src/server/create-app.js';
import type { Services } from '../src/services/services.js';

export const API_TYPES_FILE = 'web/src/api/schema.ts';

// The header turns off checking inside the generated file: a few generated value lists index through
// nullable objects (the export's profile), which tsc rejects. What the app uses is checked where used.
const HEADER =
  '// Generated from /api/v1/openapi.json by `npm run api-types`; do not edit by hand.\n' +
  '// @ts-nocheck: some generated value lists index through nullable objects, which tsc rejects.\n\n';

/** The OpenAPI document as the server serves it. Serving it touches no data, hence no store here. */
export async function readOpenApiDocument(): Promise<Record<string, unknown>> {
  const noData = { dataVersion: async () => undefined } as unknown as Services;
  const app = createApp(noData, { accessToken: 'x'.repeat(32), actor: { ownerId: 'types' } });
  const res = await app.request('/api/v1/openapi.json', {
    headers: { Authorization: `Bearer ${'x'.repeat(32)}` },
  });
  if (res.status !== 200) throw new Error(`openapi.json answered ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS((await readOpenApiDocument()) as never, {
    alphabetize: true,
    enumValues: true,
  });
  return HEADER + astToString(ast);
}
