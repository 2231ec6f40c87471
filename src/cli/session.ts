/** Opens the configured store and services for one command, and always closes them. */

import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { openStore, servicesFor } from '../compose.js';
import { type Config, loadConfig } from '../config.js';
import { DomainError } from '../core/errors.js';
import type { Actor, Services } from '../services/services.js';
import { UsageError } from './exit-codes.js';
import { fsFailure } from './fs-failure.js';
import type { CliIo } from './io.js';
import { say } from './output.js';

export interface GlobalOptions {
  home?: string;
  database?: string;
  demo?: boolean;
  /** The command loads the demo sample itself (`demo`, `--demo serve`), so the demo home may be new. */
  loadsDemo?: boolean;
}

export interface Session {
  config: Config;
  services: Services;
  actor: Actor;
  io: CliIo;
}

/**
 * Makes the home and any missing parents, one level at a time: Node's recursive mkdir never returns
 * for some paths (under /proc), and its errors name no flag.
 */
function createHome(home: string): void {
  const make = (dir: string): void => {
    if (existsSync(dir)) return;
    const parent = dirname(dir);
    if (parent !== dir) make(parent);
    try {
      mkdirSync(dir);
    } catch (error) {
      // Another promocase command started at the same moment made it first.
      if (!((error as NodeJS.ErrnoException).code === 'EEXIST' && statSync(dir).isDirectory())) throw error;
    }
  };
  try {
    make(resolve(home));
  } catch (error) {
    throw new UsageError(
      `--home: cannot create ${home} (${fsFailure(error)}); use a directory you can write to`,
    );
  }
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
  if (config.demo && !global.loadsDemo && !existsSync(join(config.home, 'promocase.db'))) {
    // Without this, --demo would set up an empty demo home and answer from it ("No entries match").
    throw new DomainError(
      'not_initialized',
      'the demo is not loaded yet: run `promocase demo` first, then add --demo to any command',
    );
  }
  if (config.database.kind === 'sqlite') createHome(config.home);
  const store = await openStore(config);
  try {
    const services = servicesFor(store, undefined, (message) => say(io, message));
    const actor = await services.ensureLocalOwner();
    return await fn({ config, services, actor, io });
  } finally {
    await store.close();
  }
}
