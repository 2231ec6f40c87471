/** /profile: read it, set it up or replace it (PUT, what `init` does), or change some fields (PATCH). */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { SaveProfileInput, UpdateProfileInput } from '../../core/profile/profile.js';
import type { AppEnv } from '../app-env.js';
import { named } from '../openapi-schema.js';
import { ProfileView, presentProfile } from '../presenters.js';
import { errorResponses, jsonBody, jsonContent } from './openapi-parts.js';

const getProfileRoute = createRoute({
  method: 'get',
  path: '/profile',
  summary: 'The profile',
  responses: { 200: jsonContent(ProfileView, 'the profile'), ...errorResponses(409) },
});

const saveProfileRoute = createRoute({
  method: 'put',
  path: '/profile',
  summary: 'Set up or replace the whole profile (what `promocase init` does)',
  request: { body: jsonBody(named(SaveProfileInput, 'SaveProfileInput'), 'name and levels are required') },
  responses: { 200: jsonContent(ProfileView, 'the saved profile'), ...errorResponses(400, 413, 415) },
});

const updateProfileRoute = createRoute({
  method: 'patch',
  path: '/profile',
  summary: 'Change some fields of the profile',
  request: { body: jsonBody(named(UpdateProfileInput, 'UpdateProfileInput'), 'the fields to change') },
  responses: { 200: jsonContent(ProfileView, 'the updated profile'), ...errorResponses(400, 409, 413, 415) },
});

export function profileRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(getProfileRoute, async (c) => {
    return c.json(presentProfile(await c.var.services.profile.get(c.var.actor)), 200);
  });

  app.openapi(saveProfileRoute, async (c) => {
    return c.json(presentProfile(await c.var.services.profile.save(c.var.actor, c.req.valid('json'))), 200);
  });

  app.openapi(updateProfileRoute, async (c) => {
    return c.json(presentProfile(await c.var.services.profile.update(c.var.actor, c.req.valid('json'))), 200);
  });

  return app;
}
