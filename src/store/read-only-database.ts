/** SQLite refusing to write because the database file, or the folder its journal goes in, is read-only. */
import { DomainError } from '../core/errors.js';

/** True for SQLite's "attempt to write a readonly database" (SQLITE_READONLY and its variants). */
export function isReadOnlyFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_READONLY');
}

/** The error a person sees: which file, why, and what to do, instead of SQLite's words. */
export function readOnlyDatabase(path: string, error: unknown): DomainError {
  const folder = (error as { code?: unknown }).code === 'SQLITE_READONLY_DIRECTORY';
  return new DomainError(
    'incompatible_database',
    folder
      ? `cannot open ${path}: its folder is read-only, and SQLite writes its journal beside the file even to read; make the folder writable, or copy the home to one you can write to and pass --home`
      : `cannot save: ${path} is read-only, so nothing was saved; make the file writable to add or change anything`,
  );
}
