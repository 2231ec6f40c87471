// People-loop API tests: a profile for the test actor, and another owner whose records must stay out of reach.
import { expect } from 'vitest';
import type { TestApi } from '../../src/server/test-api.js';
import type { Actor } from '../../src/services/services.js';

export const PEOPLE_API = '/api/v1';
export const PROFILE = {
  name: 'Alex Doe',
  currentLevel: 'mid',
  targetLevel: 'senior',
  managerName: 'Priya Nair',
};

/** Sets up the actor's profile (mid aiming at senior, manager Priya Nair, the built-in framework). */
export async function withProfile(api: TestApi, extra: Record<string, unknown> = {}): Promise<void> {
  const res = await api.put(`${PEOPLE_API}/profile`, { ...PROFILE, ...extra });
  expect(res.status, await res.clone().text()).toBe(200);
}

/** POSTs `body` and returns the created record, failing the test unless the answer is 201. */
export async function created<T = Record<string, unknown> & { id: string }>(
  api: TestApi,
  path: string,
  body: unknown,
): Promise<T> {
  const res = await api.post(`${PEOPLE_API}${path}`, body);
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as T;
}

/** GETs `path` and returns the body, failing the test unless the answer is 200. */
export async function fetched<T = Record<string, unknown>>(api: TestApi, path: string): Promise<T> {
  const res = await api.get(`${PEOPLE_API}${path}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
}

export interface OtherOwnersRecords {
  actor: Actor;
  assessment: string;
  conversation: string;
  goal: string;
  peerFeedback: string;
}

/** A second account with a profile and one record of each kind, written through the services. */
export async function otherOwnersRecords(api: TestApi): Promise<OtherOwnersRecords> {
  await api.otherOwnersEntry();
  const actor: Actor = { ownerId: 'other-owner' };
  const s = api.services;
  await s.profile.save(actor, PROFILE);
  return {
    actor,
    assessment: (await s.assessments.record(actor, { ratings: [{ competency: 'craft', level: 'mid' }] })).id,
    conversation: (await s.conversations.create(actor, { with: 'Sam', feedback: ['Not yours'] })).id,
    goal: (await s.goals.create(actor, { title: 'Not yours to see' })).id,
    peerFeedback: (await s.peerFeedback.record(actor, { from: 'Dana', text: 'Not yours either' })).id,
  };
}
