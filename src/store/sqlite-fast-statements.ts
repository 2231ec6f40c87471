/**
 * What Kysely sees of better-sqlite3: the same database, with prepared statements reused and rows
 * built in JavaScript. Both are about speed: better-sqlite3 builds row objects through a slow path
 * (listing 10,000 entries took 140 ms as objects, 40 ms as arrays), and Kysely prepares every query
 * anew (a 500-row insert costs as much to prepare as to run).
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

const CACHE_LIMIT = 200;

export function fastStatements(db: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => db.close(),
    prepare(sql: string): SqliteStatement {
      let statement = cache.get(sql);
      if (!statement) {
        statement = wrap(db.prepare(sql));
        // A plain insertion-ordered map is enough: the queries of one program are a small, fixed set.
        if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

function wrap(statement: BetterSqlite3.Statement): SqliteStatement {
  if (!statement.reader) return statement as unknown as SqliteStatement;
  const columns = statement.columns().map((c) => c.name);
  statement.raw(true);
  // One object literal per statement, with its columns spelled out (JSON.stringify quotes any name):
  // filling an object column by column in a loop goes through V8's slowest property stores.
  const toObject = new Function(
    'row',
    `return {${columns.map((name, i) => `${JSON.stringify(name)}: row[${i}]`).join(', ')}};`,
  ) as (row: unknown[]) => Record<string, unknown>;
  return {
    reader: true,
    all: (parameters) => (statement.all(...parameters) as unknown[][]).map(toObject),
    run: (parameters) => statement.run(...parameters),
    *iterate(parameters) {
      for (const row of statement.iterate(...parameters) as IterableIterator<unknown[]>) yield toObject(row);
    },
  };
}
