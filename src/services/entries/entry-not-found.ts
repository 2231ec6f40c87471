/** The one not-found error for entries, the same whether the id is unknown or another owner's. */
import { DomainError } from '../../core/errors.js';

export function entryNotFound(id: string): DomainError {
  // Another owner's entry reads as absent: its existence is not ours to reveal.
  return new DomainError('not_found', `no entry with id "${id}"`, [{ path: 'id', message: 'no such entry' }]);
}
