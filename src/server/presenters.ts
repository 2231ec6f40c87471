/** The wire shape of what the API returns: domain objects minus what is ours to know (the owner). */
import type { z } from '@hono/zod-openapi';
import type { Entry } from '../core/entries/entry.js';
import type { Profile } from '../core/profile/profile.js';
import { ExportedEntry, ExportedProfile } from '../core/transfer/export-document.js';
import { named } from './openapi-schema.js';

// The wire shapes are the export's shapes: one description of an entry for the API and for files.
export const EntryView = named(ExportedEntry, 'Entry');
export type EntryView = z.infer<typeof EntryView>;

export const ProfileView = named(ExportedProfile, 'Profile');
export type ProfileView = z.infer<typeof ProfileView>;

export function presentEntry(entry: Entry): EntryView {
  const { ownerId: _ownerId, ...view } = entry;
  return view;
}

export function presentProfile(profile: Profile): ProfileView {
  const { ownerId: _ownerId, ...view } = profile;
  return view;
}
