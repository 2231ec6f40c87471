import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameworkJsonSchema } from './framework-json-schema.js';

describe('the shipped JSON Schema of the framework format', () => {
  it('is exactly what the zod schema derives (regenerate it with npm run schema)', () => {
    const shipped = JSON.parse(
      readFileSync(new URL('../../../schemas/framework.schema.json', import.meta.url), 'utf8'),
    );
    expect(shipped).toEqual(frameworkJsonSchema());
  });

  it('requires the fields a framework cannot do without', () => {
    const schema = frameworkJsonSchema() as { required: string[] };
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'format',
        'version',
        'id',
        'name',
        'levels',
        'seniorLevel',
        'competencies',
        'cells',
      ]),
    );
  });
});
