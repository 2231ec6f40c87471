/** The JSON Schema of the framework format, derived from the zod schema that validates imports. */
import * as z from 'zod';
import { FrameworkDocument } from './framework.js';

export function frameworkJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(FrameworkDocument, { io: 'input' }),
    $id: 'https://promocase.dev/schemas/framework.schema.json',
    title: 'promocase career framework',
    description:
      'Levels (lowest first), competencies, and per level x competency the expectation, signals and example evidence. See docs/frameworks.md. Beyond this schema, import checks that ids are unique, that seniorLevel and every cell name existing ids, and that no cell is repeated.',
  };
}
