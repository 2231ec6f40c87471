/**
 * A lower bound for `promocase doc brag` on this machine: what any Node program must do to write a
 * Markdown brag document of the same entries. It reads every column of the live entries in the range
 * with better-sqlite3, groups them by project and writes a heading per project and a cited line per
 * entry (title and impact, about 1.1 MB), with none of promocase's work: no options, no validation,
 * no stories, no measures, no gaps, no escaping. Usage: node document-floor.cjs DATABASE SINCE UNTIL
 */
const Database = require('better-sqlite3');

const [file, since, until] = process.argv.slice(2);
const db = new Database(file, { readonly: true });
const owner = db.prepare('select id from owners order by created_at, id limit 1').pluck().get();
const rows = db
  .prepare(
    `select id, owner_id, date, title, details, impact, people_helped, collaborators, kind, competencies,
            scope, links, project, tags, visibility, source, created_at, updated_at, deleted_at
     from entries where owner_id = ? and deleted_at is null and date >= ? and date <= ?
     order by date desc, created_at desc, id desc`,
  )
  .raw(true)
  .all(owner, since, until);
const byProject = new Map();
for (const row of rows) {
  const key = row[12] ?? row[8];
  const list = byProject.get(key);
  if (list) list.push(row);
  else byProject.set(key, [row]);
}
const parts = [];
for (const [key, list] of byProject) {
  parts.push(`### ${key}`, `**Problem.** ${list[0][4].split('. ')[0]} (${list[0][2]})`);
  parts.push(`**What I did.**\n${list.map((r) => `- ${r[3]} (${r[2]})`).join('\n')}`);
  parts.push(`**Outcome.**\n${list.map((r) => `- ${r[5]} (${r[2]})`).join('\n')}`);
}
for (const r of rows) parts.push(`- ${r[3]}: ${r[5]} (${r[2]})`);
process.stdout.write(`${parts.join('\n\n')}\n`);
