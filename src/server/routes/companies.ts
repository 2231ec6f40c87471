/** /companies: the company profiles (level names on the ladder, process, dimensions, evidence). Static data. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { COMPANY_IDS, type CompanyId } from '../../core/frameworks/company-profile.js';
import { COMPANY_PROFILES } from '../../core/frameworks/company-profiles.js';
import type { AppEnv } from '../app-env.js';
import { errorResponses, jsonContent } from './openapi-parts.js';

const Fact = z.object({ text: z.string(), reported: z.boolean() });
const CompanyView = z
  .object({
    id: z.enum(COMPANY_IDS),
    name: z.string(),
    levels: z.array(
      z.object({
        name: z.string(),
        aliases: z.array(z.string()),
        ladderLevel: z.string(),
        title: z.string().optional(),
      }),
    ),
    decision: z.array(Fact),
    cadence: z.array(Fact),
    dimensions: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        summary: z.string(),
        competencies: z.array(z.string()),
        reported: z.boolean(),
      }),
    ),
    evidence: z.object({
      minPeerFeedback: z.number().int().optional(),
      recommendedPeerFeedback: z.number().int().optional(),
      selfReviewWordLimit: z.number().int().optional(),
      notes: z.array(Fact),
    }),
    weighsMost: z.array(Fact),
  })
  .openapi('Company');

const IdParam = z.object({
  id: z
    .enum(COMPANY_IDS, { error: `expected one of: ${COMPANY_IDS.join(', ')}` })
    .openapi({ param: { name: 'id', in: 'path' } }),
});

const listRoute = createRoute({
  method: 'get',
  path: '/companies',
  summary: 'The company profiles promocase knows',
  responses: {
    200: jsonContent(z.object({ companies: z.array(CompanyView) }), 'every company profile'),
    ...errorResponses(),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/companies/{id}',
  summary: "A company's levels, process, dimensions and evidence expectations (reported facts are labelled)",
  request: { params: IdParam },
  responses: { 200: jsonContent(CompanyView, 'the company profile'), ...errorResponses(400) },
});

export function companyRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(listRoute, (c) => c.json({ companies: COMPANY_IDS.map((id) => COMPANY_PROFILES[id]) }, 200));
  app.openapi(getRoute, (c) => c.json(COMPANY_PROFILES[c.req.valid('param').id as CompanyId], 200));
  return app;
}
