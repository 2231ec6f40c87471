/** What every use case needs: the store, the clock and an id source, injected so tests control them. */
import type { Store } from '../store/store.js';

export interface ServiceContext {
  store: Store;
  /** The current time; services never read the system clock themselves. */
  now: () => Date;
  /** Today's date where the user is (local time zone), `YYYY-MM-DD`: what "today" means in a log. */
  today: () => string;
  newId: () => string;
  /** Written into exports, e.g. `promocase 0.1.0`. */
  generator: string;
  /**
   * Told, before it starts, of work long enough that a person would think the command hangs (the CLI
   * says it on stderr). Absent where nobody waits on a terminal (the server, tests).
   */
  notice?: (message: string) => void;
}

/** Who is asking. Every service checks that what it touches belongs to `ownerId`. */
export interface Actor {
  ownerId: string;
}
