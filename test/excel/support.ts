/**
 * Shared by the Excel tests: a database with the seed notice, forms exported by the product and
 * opened again with exceljs to be filled in as a clerk would, and small zips made by hand for
 * the refusal cases (a zip bomb, a part that lies about its size).
 */
import { deflateRawSync, crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { Db } from '../../server/db/connection.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { feedbackWorkbook } from '../../server/services/excel-forms.service.ts';
import { seedNoticeText, testDb, TEST_ACTOR } from '../helpers/db.ts';

export const NOTICE = '昌州财社〔2022〕11号';
export const NOW = new Date('2026-11-28T08:00:00Z');

export async function seededDb(): Promise<Db> {
  const db = await testDb();
  await importNotice(db, { text: seedNoticeText(), sourceName: 'seed', actor: TEST_ACTOR });
  return db;
}

export async function open(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

export function sheetOf(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  return sheet;
}

/** The blank 附件4 the product exports for a region and month, edited by `fill`, as bytes. */
export async function filledForm(
  db: Db,
  region: string,
  month: number,
  fill: (ws: ExcelJS.Worksheet) => void,
): Promise<Buffer> {
  const blank = await feedbackWorkbook(db, { region, year: 2022, month, blank: true }, NOW);
  const workbook = await open(blank.bytes);
  fill(sheetOf(workbook));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A zip made by hand. `declaredSize` lets an entry lie about its uncompressed size, as a crafted
 * bomb does to get past checks that trust the directory.
 */
export function handmadeZip(
  entries: { name: string; data: Buffer; declaredSize?: number }[],
): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const packed = deflateRawSync(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export const XLSX_SKELETON = [
  { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
  { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
];
