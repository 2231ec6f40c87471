// The web app's generated API types match the server's OpenAPI document as the code stands.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from '../../scripts/api-types.js';

describe('web/src/api/schema.ts', () => {
  it('is current with the OpenAPI document (run `npm run api-types` after changing a route)', async () => {
    expect(readFileSync(API_TYPES_FILE, 'utf8')).toBe(await generateApiTypes());
  });
});
