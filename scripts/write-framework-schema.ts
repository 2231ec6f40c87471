// Writes schemas/framework.schema.json from the FrameworkDocument zod schema, so the JSON Schema that
// ships in the package can never drift from what `framework import` accepts (a test compares them).
import { writeFileSync } from 'node:fs';
import { frameworkJsonSchema } from '../src/core/frameworks/framework-json-schema.js';

writeFileSync(
  new URL('../schemas/framework.schema.json', import.meta.url),
  `${JSON.stringify(frameworkJsonSchema(), null, 2)}\n`,
);
