import { readFileSync } from 'node:fs';
import { openDatabase } from '../server/db/connection.ts';
import { importNotice } from '../server/services/import-notice.service.ts';
import { systemActor } from '../server/services/actor.ts';
const db = openDatabase(':memory:');
for (const f of process.argv.slice(2)) {
  const s = importNotice(db, { text: readFileSync(f, 'utf8'), sourceName: f, actor: systemActor('t') });
  console.log(JSON.stringify({ ...s, sheets: s.sheets.length }, null, 0).slice(0, 1500));
}
console.log(db.$client.prepare('select g.name, f.* from fund_year_regions f join regions g on g.id=f.region_id').all());
console.log(db.$client.prepare('select id,name,parent_id,path,level from regions').all());
console.log(db.$client.prepare('select * from allocation_region_totals').all());
