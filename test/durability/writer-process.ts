/**
 * A separate writer process for the concurrency test: files `count` reports for the given
 * regions in turn and prints one JSON line per acknowledged report (or per error).
 */
import { openDatabase } from '../../server/db/connection.ts';
import { parseAmount, type Fen } from '../../server/domain/money.ts';
import { submitSpendingReport } from '../../server/services/spending.service.ts';
import { systemActor } from '../../server/services/actor.ts';

const [path = '', regions = '', count = '0'] = process.argv.slice(2);
const db = await openDatabase(path);
const names = regions.split(',');
for (let n = 0; n < Number(count); n++) {
  const region = names[n % names.length] ?? '';
  try {
    const result = await submitSpendingReport(
      db,
      {
        region,
        year: 2022,
        month: 9,
        lines: [{ documentNumber: '昌州财社〔2022〕11号', spent: parseAmount(String(n)) as Fen }],
      },
      { actor: systemActor(`pid-${process.pid}`), now: new Date('2026-11-28T00:00:00Z') },
    );
    console.log(
      JSON.stringify(result.report ? { id: result.report.id, region } : { errors: result.errors }),
    );
  } catch (e) {
    console.log(JSON.stringify({ thrown: e instanceof Error ? e.message : String(e) }));
  }
}
db.$client.close();
