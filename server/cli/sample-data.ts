/**
 * `npm run sample -- add|remove|status`: the flagged sample reports and indicator results.
 * `remove` deletes every sample row (the imported notice stays).
 */
import { loadConfig } from '../config.ts';
import { closeDb, openDb } from '../db/open.ts';
import { countSampleResults } from '../repositories/indicators.repo.ts';
import { countSampleReports } from '../repositories/spending.repo.ts';
import { addSampleData, removeSampleData } from '../services/sample-data.service.ts';

const command = process.argv[2] ?? 'status';
const config = loadConfig();
const db = await openDb(config.dbPath);
try {
  if (command === 'add') {
    const added = await addSampleData(db);
    console.log(
      `added ${added.reports} sample reports and ${added.indicatorResults} sample indicator results (${config.dbPath})`,
    );
  } else if (command === 'remove') {
    const removed = await removeSampleData(db);
    console.log(
      `removed ${removed.reports} sample reports and ${removed.indicatorResults} sample indicator results (${config.dbPath})`,
    );
  } else if (command === 'status') {
    console.log(
      `${await countSampleReports(db)} sample reports, ${await countSampleResults(db)} sample indicator results in ${config.dbPath}`,
    );
  } else {
    console.error('usage: npm run sample -- add|remove|status');
    process.exitCode = 2;
  }
} finally {
  await closeDb(db);
}
