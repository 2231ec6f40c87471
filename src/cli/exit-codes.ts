/** Exit codes: 0 ok, 1 failure, 2 bad usage or input. One exhaustive map from error code. */
import type { ErrorCode } from '../core/errors.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export const EXIT_CODE_BY_ERROR = {
  invalid_input: EXIT_USAGE,
  payload_too_large: EXIT_USAGE,
  unsupported_media_type: EXIT_USAGE,
  not_found: EXIT_FAILURE,
  conflict: EXIT_FAILURE,
  unauthorized: EXIT_FAILURE,
  forbidden: EXIT_FAILURE,
  not_initialized: EXIT_FAILURE,
  incompatible_database: EXIT_FAILURE,
} as const satisfies Record<ErrorCode, number>;

const USAGE_ERROR = Symbol.for('promocase.UsageError');

/** Thrown by commands for bad usage that is not a domain error (a missing flag without a terminal). */
export class UsageError extends Error {
  readonly [USAGE_ERROR] = true;

  /** By brand, like DomainError: `serve` runs in a separate bundle with its own copy of this class. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return (
      typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[USAGE_ERROR] === true
    );
  }
}

const EXIT_WITH = Symbol.for('promocase.ExitWith');

/**
 * Ends a command with an exit code and no further message: the command has already said what it had
 * to (`doc check` exits 1 when it listed gaps).
 */
export class ExitWith extends Error {
  readonly [EXIT_WITH] = true;
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return (
      typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[EXIT_WITH] === true
    );
  }
}
