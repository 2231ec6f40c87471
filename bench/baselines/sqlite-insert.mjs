/**
 * The floor for `promocase import`: read and parse the same export document, then do the same database
 * work with raw better-sqlite3 in one transaction: prepared statements for the entries and their
 * tag/competency label rows, and the full-text index filled the way the schema expects (by its insert
 * trigger if it has one, else in one statement whose body is taken from the schema's update trigger).
 * The pragmas mirror src/store/sqlite.ts.
 * Usage: node sqlite-insert.mjs DB_FILE EXPORT_FILE [--without-fts]  (prints its phases as JSON)
 *   --without-fts leaves the full-text index out (on a throwaway database): what indexing costs.
 */
import { readFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

const [dbFile, exportFile, option] = process.argv.slice(2);
const withFts = option !== '--without-fts';
const t0 = performance.now();
const doc = JSON.parse(readFileSync(exportFile, 'utf8'));
const t1 = performance.now();

const db = new BetterSqlite3(dbFile);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');
db.pragma('cache_size = -65536');
const owner = db.prepare('select id from owners order by created_at, id limit 1').get();
if (!owner) throw new Error(`${dbFile} has no owner: run promocase init first`);

const triggers = db
  .prepare("select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'entries'")
  .all();
const insertTrigger = triggers.find((t) => /after\s+insert/i.test(t.sql) && /entry_search/i.test(t.sql));
if (!withFts && insertTrigger) db.exec(`drop trigger ${insertTrigger.name}`);
let fillIndex = null;
if (withFts && !insertTrigger) {
  const update = triggers.find((t) => /update\s+entry_search\s+set\s+body\s*=/i.test(t.sql));
  const body = update && /set\s+body\s*=\s*([\s\S]+?)\s+where\s+rowid/i.exec(update.sql)?.[1];
  if (!body) throw new Error('cannot tell how entries are indexed for search: no insert or update trigger');
  fillIndex = db.prepare(
    `insert into entry_search (rowid, body) select seq, ${body.replace(/\bnew\./g, '')} from entries where seq > ?`,
  );
}

const insertEntry =
  db.prepare(`insert into entries (id, owner_id, date, title, details, impact, people_helped,
  collaborators, kind, competencies, scope, links, project, tags, visibility, source, created_at, updated_at,
  deleted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
const insertLabel = db.prepare(
  'insert into entry_labels (entry_id, owner_id, label, value) values (?, ?, ?, ?)',
);
const lastSeq = db.prepare('select coalesce(max(seq), 0) as seq from entries');

const insertAll = db.transaction((entries) => {
  const after = lastSeq.get().seq;
  for (const e of entries) {
    insertEntry.run(
      e.id,
      owner.id,
      e.date,
      e.title,
      e.details,
      e.impact,
      JSON.stringify(e.peopleHelped),
      JSON.stringify(e.collaborators),
      e.kind,
      JSON.stringify(e.competencies),
      e.scope,
      JSON.stringify(e.links),
      e.project,
      JSON.stringify(e.tags),
      e.visibility,
      e.source,
      e.createdAt,
      e.updatedAt,
      e.deletedAt,
    );
  }
  for (const e of entries) {
    for (const tag of e.tags) insertLabel.run(e.id, owner.id, 'tag', tag);
    for (const c of e.competencies) insertLabel.run(e.id, owner.id, 'competency', c);
  }
  fillIndex?.run(after);
});
insertAll.immediate(doc.entries);
const t2 = performance.now();
db.close();
const fts = !withFts ? 'none' : insertTrigger ? 'trigger' : 'one statement';
process.stdout.write(
  `${JSON.stringify({ entries: doc.entries.length, parseMs: t1 - t0, insertMs: t2 - t1, fts })}\n`,
);
