/** Opens the configured store and services for one command, and always closes them. */

import { existsSync, statSync } from 'node:fs';
import { openStore, servicesFor } from '../compose.js';
import { type Config, loadConfig } from '../config.js';
import type { Actor, Services } from '../services/services.js';
import { UsageError } from './exit-codes.js';
import type { CliIo } from './io.js';
import { say } from './output.js';

export interface GlobalOptions {
  home?: string;
  database?: string;
  demo?: boolean;
}

export interface Session {
  config: Config;
  services: Services;
  actor: Actor;
  io: CliIo;
}

export async function withSession<T>(
  io: CliIo,
  global: GlobalOptions,
  fn: (s: Session) => Promise<T>,
): Promise<T> {
  const config = loadConfig({ ...global, env: io.env });
  if (existsSync(config.home) && !statSync(config.home).isDirectory()) {
    throw new UsageError(`--home: ${config.home} is a file, not a directory`);
  }
  const store = await openStore(config);
  try {
    const services = servicesFor(store, undefined, (message) => say(io, message));
    const actor = await services.ensureLocalOwner();
    return await fn({ config, services, actor, io });
  } finally {
    await store.close();
  }
}
