/** Opens $VISUAL / $EDITOR on a text and returns what the user saved. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Returns the saved text; `ok` is false when the editor failed (the text is returned so it can be kept). */
export function editText(
  initial: string,
  env: Record<string, string | undefined>,
): { text: string; ok: boolean; editor: string } {
  const editor = env.VISUAL || env.EDITOR || 'vi';
  const dir = mkdtempSync(join(tmpdir(), 'promocase-edit-'));
  const file = join(dir, 'entry.txt');
  try {
    writeFileSync(file, initial, { mode: 0o600 });
    // Through a shell, because EDITOR often carries arguments ("code --wait").
    const result = spawnSync(`${editor} "${file}"`, {
      shell: true,
      stdio: 'inherit',
      env: env as NodeJS.ProcessEnv,
    });
    return { text: readFileSync(file, 'utf8'), ok: result.status === 0, editor };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
