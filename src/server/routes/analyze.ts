/** /analyze: the batch text analysis, the same items and results as `promocase analyze --input`. */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AnalysisItemResult } from '../../core/analysis/analyze-item.js';
import type { AppEnv } from '../app-env.js';
import { analyzeRoute } from './analyze-schemas.js';

export function analyzeRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(analyzeRoute, async (c) => {
    const results: AnalysisItemResult[] = await c.var.services.analysis.analyze(c.req.valid('json'));
    return c.json(results, 200);
  });
  return app;
}
