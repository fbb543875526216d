/**
 * A bureau records the date it received an upstream notice's money (收到补助资金): the 30-day
 * rule then counts from it instead of the notice's issue date. Only the region's own account
 * records it (like its filings); audited; a bad date or a notice not allocating to the region
 * is refused with nothing written.
 */
import type { Db } from '../db/connection.ts';
import { canonicalDocumentNumber } from '../importer/document-header.ts';
import * as chainRepo from '../repositories/chain.repo.ts';
import { findDocument } from '../repositories/documents.repo.ts';
import { actorName, type Actor } from './actor.ts';
import { audited } from './audit.service.ts';
import { writableRegion } from './authorization.ts';
import { isFieldError } from './regions.service.ts';
import type { FieldError } from './spending-validation.ts';

export interface FundReceiptInput {
  documentNumber: string;
  region?: string | null;
  receivedOn: string;
}

export interface FundReceiptOutcome {
  receivedOn: string | null;
  errors: FieldError[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function recordFundReceipt(
  db: Db,
  input: FundReceiptInput,
  options: { actor: Actor; now: Date },
): Promise<FundReceiptOutcome> {
  const object = `receipt:${input.documentNumber.slice(0, 60)} ${input.region ?? ''}`;
  return await audited(db, options, 'recordFundReceipt', object, async (tx, note) => {
    note.summary = { request: input };
    const fail = (error: FieldError): FundReceiptOutcome => {
      note.refusedCode = error.code;
      note.summary = { request: input, errors: [error] };
      return { receivedOn: null, errors: [error] };
    };
    const region = await writableRegion(
      tx,
      options.actor,
      input.region,
      'region',
      '登记资金收到日期 record fund receipts',
    );
    if (isFieldError(region)) return fail(region);
    const number = canonicalDocumentNumber(input.documentNumber) ?? input.documentNumber.trim();
    const document = await findDocument(tx, number);
    if (!document) {
      return fail({
        code: 'DOCUMENT_NOT_FOUND',
        field: 'documentNumber',
        message: `没有文号为「${number.slice(0, 60)}」的指标文件`,
      });
    }
    const row = await chainRepo.receiptRowOf(tx, document.id, region.id);
    if (!row) {
      return fail({
        code: 'NOT_ALLOCATED',
        field: 'documentNumber',
        message: `${number} 没有给${region.name}分配资金`,
      });
    }
    const date = input.receivedOn.trim();
    const valid = ISO_DATE.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`));
    if (!valid) {
      return fail({
        code: 'DATE_INVALID',
        field: 'receivedOn',
        message: `「${date.slice(0, 40)}」不是日期（应为 YYYY-MM-DD）`,
      });
    }
    if (date > options.now.toISOString().slice(0, 10)) {
      return fail({
        code: 'DATE_IN_FUTURE',
        field: 'receivedOn',
        message: `收到日期 ${date} 晚于今天`,
      });
    }
    if (row.issuedOn && date < row.issuedOn) {
      return fail({
        code: 'RECEIVED_BEFORE_ISSUED',
        field: 'receivedOn',
        message: `收到日期 ${date} 早于 ${number} 的印发日期 ${row.issuedOn}`,
      });
    }
    await chainRepo.saveReceipt(tx, {
      documentId: document.id,
      regionId: region.id,
      receivedOn: date,
      recordedBy: actorName(options.actor),
    });
    note.summary = { request: input, after: { receivedOn: date } };
    return { receivedOn: date, errors: [] };
  });
}
