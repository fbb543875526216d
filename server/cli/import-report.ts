/**
 * `npm run import-report -- <file.xlsx> --region 奇台县 --month 2022-10 [--dry-run]`: reads a
 * filled feedback form (附件4), prints every problem by its cell, and files it as the region's
 * report for the month when there is none. Exits 1, writing nothing, on any problem.
 */
import { readFileSync, statSync } from 'node:fs';
import { loadConfig } from '../config.ts';
import { closeDb, openDb } from '../db/open.ts';
import type { FormProblem } from '../excel/feedback-form-import.ts';
import { MAX_WORKBOOK_BYTES } from '../excel/workbook-safety.ts';
import { fenToWanString } from '../domain/money.ts';
import {
  previewFeedbackWorkbook,
  submitFeedbackWorkbook,
} from '../services/feedback-workbook.service.ts';
import { systemActor } from '../services/actor.ts';

const CLI = systemActor('cli');

const USAGE =
  'usage: npm run import-report -- <form.xlsx> --region <地区> --month <YYYY-MM> [--dry-run]';

function option(args: string[], name: string): string | null {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? null) : null;
}

const args = process.argv.slice(2);
const region = option(args, '--region');
const period = /^(\d{4})-(\d{1,2})$/.exec(option(args, '--month') ?? '');
const files = args.filter(
  (a, i) => !a.startsWith('--') && !['--region', '--month'].includes(args[i - 1] ?? ''),
);
if (files.length !== 1 || !region || !period) {
  console.error(USAGE);
  process.exit(2);
}
const file = files[0] ?? '';
const target = { region, year: Number(period[1]), month: Number(period[2]) };

let bytes: Buffer;
try {
  // Refused by size before it is read into memory.
  if (statSync(file).size > MAX_WORKBOOK_BYTES) {
    console.error(`${file}: 文件超过上限 ${MAX_WORKBOOK_BYTES} 字节。未写入任何数据。`);
    process.exit(1);
  }
  bytes = readFileSync(file);
} catch (e) {
  console.error(`cannot read ${file}: ${(e as Error).message}`);
  process.exit(1);
}

const show = (p: FormProblem) => `  ${p.cell ?? '文件'}: ${p.message} [${p.code}]`;

const db = await openDb(loadConfig().dbPath);
try {
  const now = new Date();
  if (args.includes('--dry-run')) {
    const preview = await previewFeedbackWorkbook(db, bytes, target, { actor: CLI, now });
    for (const line of preview.lines) {
      console.log(
        `  行 ${line.row}: ${line.documentNumber} 资金金额 ${fenToWanString(line.amount)} 实际支出 ${fenToWanString(line.spent)} 万元`,
      );
    }
    for (const w of preview.warnings) console.log(`提醒 ${show(w).trim()}`);
    if (preview.problems.length > 0) {
      console.error(
        `${file}: ${preview.problems.length} 处问题：\n${preview.problems.map(show).join('\n')}`,
      );
      process.exitCode = 1;
    } else console.log(`${file}: 可以报送（--dry-run，未写入）。`);
  } else {
    const result = await submitFeedbackWorkbook(db, bytes, target, { actor: CLI, now });
    for (const w of result.warnings) console.log(`提醒 ${show(w).trim()}`);
    if (result.report) {
      const r = result.report;
      console.log(
        `已报送：${r.regionName} ${r.year}年${r.month}月 跟踪反馈表 版本 ${r.version}（${r.lines.length} 行）。`,
      );
    } else {
      console.error(
        `${file}: ${result.problems.length} 处问题，未写入任何数据：\n${result.problems.map(show).join('\n')}`,
      );
      process.exitCode = 1;
    }
  }
} finally {
  await closeDb(db);
}
