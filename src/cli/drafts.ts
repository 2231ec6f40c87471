/** Keeps text typed in the editor when it cannot be saved, so nothing a person wrote is lost. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function keepDraft(home: string, text: string, now = new Date()): string {
  const dir = join(home, 'drafts');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, `entry-${now.toISOString().replace(/[:.]/g, '-')}.txt`);
  writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
  return file;
}
