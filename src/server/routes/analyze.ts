/** /analyze: the batch text analysis (as `promocase analyze --input`), suggestions for an entry being written and for untagged entries. */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AnalysisItemResult } from '../../core/analysis/analyze-item.js';
import type { AppEnv } from '../app-env.js';
import { analyzeRoute, applyUntaggedRoute, suggestEntryRoute, untaggedRoute } from './analyze-schemas.js';

export function analyzeRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(analyzeRoute, async (c) => {
    const results: AnalysisItemResult[] = await c.var.services.analysis.analyze(c.req.valid('json'));
    return c.json(results, 200);
  });
  app.openapi(suggestEntryRoute, async (c) =>
    c.json(await c.var.services.analysis.suggestEntry(c.var.actor, c.req.valid('json')), 200),
  );
  app.openapi(untaggedRoute, async (c) =>
    c.json({ suggestions: await c.var.services.analysis.untagged(c.var.actor) }, 200),
  );
  app.openapi(applyUntaggedRoute, async (c) =>
    c.json({ suggestions: await c.var.services.analysis.applyUntagged(c.var.actor) }, 200),
  );
  return app;
}
