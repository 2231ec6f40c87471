/**
 * The least any Node program can do to print the rows `promocase list` prints: open the database with
 * better-sqlite3, let SQLite format every line in one query, write the text. No promocase code at all.
 * The list benchmark times it beside `promocase list` to show how much of the budget this machine
 * leaves once Node has started and the rows are read. Usage: node list-floor.cjs DATABASE
 */
const Database = require('better-sqlite3');

const db = new Database(process.argv[2], { readonly: true });
const owner = db.prepare('select id from owners order by created_at, id limit 1').pluck().get();
const text = db
  .prepare(
    `select group_concat(printf('%s  %s  %-9s  %-10s  %-20.20s  %.80s', substr(id, -8), date, kind, scope, coalesce(project, ''), title), char(10))
     from (select id, date, kind, scope, project, title from entries
           where owner_id = ? and deleted_at is null order by date desc, created_at desc, id desc)`,
  )
  .pluck()
  .get(owner);
process.stdout.write(`ID        DATE        KIND       SCOPE       PROJECT               TITLE\n${text}\n`);
