/**
 * When a cached entry analysis is stale: another analysis version, or an entry edited since (every edit,
 * and every import that changes an entry, moves its `updatedAt`). Free of the NLP engine, so a warm run
 * never loads it; hashing years of text on every run would cost more than the rules themselves.
 */

/** Bump when the entry analysis changes what it says, so cached results are recomputed. */
export const ENTRY_QUALITY_VERSION = 2;

export function isCurrent(
  cached: { version: number; entryUpdatedAt: string } | undefined,
  entryUpdatedAt: string,
): boolean {
  return (
    cached !== undefined &&
    cached.version === ENTRY_QUALITY_VERSION &&
    cached.entryUpdatedAt === entryUpdatedAt
  );
}
