/** The one error type the domain throws; its code decides the HTTP status and the CLI exit code. */

export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'unauthorized'
  | 'forbidden'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'not_initialized'
  | 'incompatible_database';

/** One problem with one field: `path` is dotted (`entries[3].date`), `message` says what is accepted. */
export interface FieldProblem {
  path: string;
  message: string;
}

const DOMAIN_ERROR = Symbol.for('promocase.DomainError');

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: FieldProblem[];
  readonly [DOMAIN_ERROR] = true;

  /**
   * `instanceof` by brand, not by class identity: the server is bundled apart from the CLI (so everyday
   * commands do not load it), and an error from one copy of this class must still be recognised by the other.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return (
      typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[DOMAIN_ERROR] === true
    );
  }

  constructor(code: ErrorCode, message: string, details: FieldProblem[] = []) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

/** Builds the invalid_input error for a list of problems, with a message that names the first one. */
export function invalidInput(details: FieldProblem[]): DomainError {
  const first = details[0];
  const summary = first ? `${first.path}: ${first.message}` : 'invalid input';
  const more = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
  return new DomainError('invalid_input', `${summary}${more}`, details);
}
