/** Every migration in order; the schema version of a database is how many of them it has applied. */
import type { Kysely } from 'kysely';
import type { Dialect } from '../store.js';
import * as m001 from './001-initial.js';
import * as m002 from './002-frameworks.js';
import * as m003 from './003-people.js';
import * as m004 from './004-entry-quality.js';
import * as m005 from './005-list-index.js';

export interface Migration {
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: migrations see the schema as it was at their time
  up(db: Kysely<any>, dialect: Dialect): Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  { name: '001-initial', up: m001.up },
  { name: '002-frameworks', up: m002.up },
  { name: '003-people', up: m003.up },
  { name: '004-entry-quality', up: m004.up },
  { name: '005-list-index', up: m005.up },
];

export const SCHEMA_VERSION = MIGRATIONS.length;
