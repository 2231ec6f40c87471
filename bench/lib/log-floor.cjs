/**
 * A lower bound for `promocase log "..."` on this machine: what any Node program must do to keep one
 * entry as promocase keeps it. It opens the database with better-sqlite3 and the durability settings of
 * DESIGN.md section 4 (WAL, synchronous=FULL, foreign keys, busy timeout), writes the entry and its
 * search row in one BEGIN IMMEDIATE transaction and prints one line, with none of promocase's work: no
 * options, no validation, no schema check, no id generator, no competency suggestions.
 * Usage: node log-floor.cjs DATABASE TITLE
 */
const Database = require('better-sqlite3');

const [file, title] = process.argv.slice(2);
const db = new Database(file);
db.pragma('busy_timeout = 5000');
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
const owner = db.prepare('select id from owners order by created_at, id limit 1').pluck().get();
const now = new Date().toISOString();
const id = `floor-${process.pid}-${Date.now()}`;
db.exec('BEGIN IMMEDIATE');
const { lastInsertRowid } = db
  .prepare(
    `insert into entries (id, owner_id, date, title, details, impact, people_helped, collaborators, kind,
       competencies, scope, links, project, tags, visibility, source, created_at, updated_at)
     values (?, ?, ?, ?, '', '', '[]', '[]', 'feature', '[]', 'individual', '[]', null, '[]', 'private', 'manual', ?, ?)`,
  )
  .run(id, owner, now.slice(0, 10), title, now, now);
db.prepare('insert into entry_search (rowid, body) values (?, ?)').run(lastInsertRowid, title);
db.exec('COMMIT');
db.close();
process.stdout.write(`Logged ${id.slice(-8)} ${title}\n`);
