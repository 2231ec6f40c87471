/** What every request handler can read from the context: the services and who is asking. */
import type { Actor, Services } from '../services/services.js';

export interface AppEnv {
  Variables: {
    services: Services;
    /** Set per request, so team mode can later derive it from a session instead of the local owner. */
    actor: Actor;
  };
}
