/** Where promocase keeps its data and how it is reached: flags + environment -> a typed Config, read once. */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from './core/errors.js';

export interface Config {
  /** The promocase home in use (the demo home when `demo` is set). */
  home: string;
  demo: boolean;
  /** `sqlite:<path>` by default, or a PostgreSQL URL. */
  database: { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };
}

export interface ConfigSources {
  home?: string;
  database?: string;
  demo?: boolean;
  env: Record<string, string | undefined>;
}

/** The user's own home: --home, then $PROMOCASE_HOME, then $XDG_DATA_HOME/promocase, then ~/.local/share/promocase. */
export function resolveBaseHome(sources: ConfigSources): string {
  const { env } = sources;
  if (sources.home) return sources.home;
  if (env.PROMOCASE_HOME) return env.PROMOCASE_HOME;
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, 'promocase');
  return join(env.HOME || homedir(), '.local', 'share', 'promocase');
}

/** The demo lives inside the home, in a separate database, so it never touches the user's own. */
export function demoHome(baseHome: string): string {
  return join(baseHome, 'demo');
}

export function loadConfig(sources: ConfigSources): Config {
  const base = resolveBaseHome(sources);
  const demo = sources.demo ?? false;
  const home = demo ? demoHome(base) : base;
  // The demo always uses its own SQLite file, even when the user's data is on PostgreSQL.
  const url = demo ? undefined : (sources.database ?? sources.env.DATABASE_URL);
  if (url && !/^postgres(ql)?:\/\//.test(url)) {
    throw new DomainError(
      'invalid_input',
      `--database: "${url}" is not supported; use a postgres:// or postgresql:// URL`,
      [{ path: 'database', message: 'expected a postgres:// URL' }],
    );
  }
  return {
    home,
    demo,
    database: url ? { kind: 'postgres', url } : { kind: 'sqlite', path: join(home, 'promocase.db') },
  };
}

interface LocalSettings {
  accessToken: string;
}

/**
 * The access token of `serve`, kept in `config.json` (mode 0600) in the home; created on first use.
 * Written to a temporary file and renamed, so a crash never leaves half a config.
 */
export function ensureAccessToken(home: string): string {
  const file = join(home, 'config.json');
  if (existsSync(file)) {
    if (statSync(file).isDirectory()) {
      throw new DomainError(
        'invalid_input',
        `${file} is a directory; remove it (config.json holds only the access token)`,
      );
    }
    try {
      const settings = JSON.parse(readFileSync(file, 'utf8')) as Partial<LocalSettings>;
      if (typeof settings.accessToken === 'string' && settings.accessToken.length >= 32)
        return settings.accessToken;
    } catch {
      throw new DomainError(
        'invalid_input',
        `${file} is not valid JSON; fix or remove it (it holds only the access token)`,
      );
    }
  }
  mkdirSync(home, { recursive: true, mode: 0o700 });
  // Web Crypto, loaded only here: node:crypto at the top would cost every command its start-up time.
  const accessToken = Buffer.from(crypto.getRandomValues(new Uint8Array(24))).toString('hex');
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify({ accessToken } satisfies LocalSettings, null, 2)}\n`, {
    mode: 0o600,
  });
  renameSync(tmp, file);
  return accessToken;
}
