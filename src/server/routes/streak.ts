/** /streak: the Friday-ritual streak of weeks with at least one entry. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { WeekStreak } from '../../core/entries/week-streak.js';
import type { AppEnv } from '../app-env.js';
import { errorResponses, jsonContent } from './openapi-parts.js';

const isoDate = z.string().openapi({ example: '2026-11-16' });

export const WeekStreakView = z
  .object({
    current: z
      .number()
      .int()
      .openapi({ description: 'consecutive weeks with an entry, ending this or last week' }),
    longest: z.number().int(),
    missedWeeks: z
      .array(isoDate)
      .openapi({ description: 'Monday of each week without an entry, newest first' }),
    thisWeekLogged: z.boolean(),
    weeksTracked: z.number().int(),
  })
  .openapi('WeekStreak') satisfies z.ZodType<WeekStreak>;

const streakRoute = createRoute({
  method: 'get',
  path: '/streak',
  summary: 'The streak of weeks with at least one entry, and the weeks missed',
  responses: { 200: jsonContent(WeekStreakView, 'the streak as of today'), ...errorResponses() },
});

export function streakRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(streakRoute, async (c) => c.json(await c.var.services.entries.streak(c.var.actor), 200));
  return app;
}
