/** Reads the official forms (附件1, 附件3, 附件4) are exported from. */
import { compareBatches } from '../domain/fund-year.ts';
import type { Fen } from '../domain/money.ts';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import {
  allocations,
  documentRevisions,
  documents,
  programs,
  regions,
  sheetIndicators,
  targetGoals,
  targetSheets,
} from '../db/tables.ts';

/** The current revision of a document with its program, or undefined. */
export async function currentRevisionOf(db: Db, documentId: number) {
  return (
    await db
      .select({
        documentId: documents.id,
        number: documents.number,
        revisionId: documentRevisions.id,
        title: documentRevisions.title,
        year: documentRevisions.year,
        batch: documentRevisions.batch,
        programName: programs.name,
        feedbackForm: documentRevisions.feedbackForm,
      })
      .from(documents)
      .innerJoin(documentRevisions, eq(documentRevisions.id, documents.currentRevisionId))
      .innerJoin(programs, eq(programs.id, documents.programId))
      .where(eq(documents.id, documentId))
  )[0];
}

/** The allocation table of a revision in the notice's row order. */
export async function allocationRows(db: Db, revisionId: number) {
  return await db
    .select({
      regionName: regions.name,
      annualTotal: allocations.annualTotal,
      earlyAdvance: allocations.earlyAdvance,
      priorBatches: allocations.priorBatches,
      thisBatch: allocations.thisBatch,
      isSubtotal: allocations.isSubtotal,
    })
    .from(allocations)
    .innerJoin(regions, eq(regions.id, allocations.regionId))
    .where(eq(allocations.revisionId, revisionId))
    .orderBy(asc(allocations.rowNo));
}

/** A region's target sheet in a revision, with its goals and indicators in sheet order. */
export async function targetSheetOf(db: Db, revisionId: number, regionId: number) {
  const sheet = (
    await db
      .select()
      .from(targetSheets)
      .where(and(eq(targetSheets.revisionId, revisionId), eq(targetSheets.regionId, regionId)))
  )[0];
  if (!sheet) return undefined;
  const goals = await db
    .select({ text: targetGoals.text })
    .from(targetGoals)
    .where(eq(targetGoals.sheetId, sheet.id))
    .orderBy(asc(targetGoals.ordinal));
  const rows = await db
    .select({
      name: sheetIndicators.name,
      level1: sheetIndicators.level1,
      level2: sheetIndicators.level2,
      targetText: sheetIndicators.targetText,
    })
    .from(sheetIndicators)
    .where(eq(sheetIndicators.sheetId, sheet.id))
    .orderBy(asc(sheetIndicators.ordinal));
  return { sheet, goals: goals.map((g) => g.text), indicators: rows };
}

/**
 * The funds current revisions of a year allocate to a region (not as a subtotal), by document
 * number: one per fund-year, its latest notice (whose 全年 is the fund-year's total so far), as
 * a report has one line per fund-year.
 */
export async function fundsOfRegion(db: Db, regionId: number, year: number) {
  return latestOfEachFundYear(await allFundsOfRegion(db, regionId, year));
}

async function allFundsOfRegion(db: Db, regionId: number, year: number) {
  return await db
    .select({
      documentId: documents.id,
      number: documents.number,
      programId: documents.programId,
      batch: documentRevisions.batch,
      issuedOn: documentRevisions.issuedOn,
      programName: programs.name,
      annualTotal: allocations.annualTotal,
    })
    .from(allocations)
    .innerJoin(documents, eq(documents.currentRevisionId, allocations.revisionId))
    .innerJoin(documentRevisions, eq(documentRevisions.id, allocations.revisionId))
    .innerJoin(programs, eq(programs.id, documents.programId))
    .where(
      and(
        eq(allocations.regionId, regionId),
        eq(allocations.isSubtotal, false),
        eq(documentRevisions.year, year),
      ),
    )
    .orderBy(asc(documents.number));
}

function latestOfEachFundYear<
  F extends {
    documentId: number;
    programId: number;
    batch: number | null;
    issuedOn: string | null;
  },
>(funds: F[]): F[] {
  const key = (f: F) => ({
    ...f,
    thisBatch: 0 as Fen,
    annualTotal: 0 as Fen,
    earlyAdvance: null,
    priorBatches: null,
    number: '',
  });
  return funds.filter(
    (f) =>
      !funds.some(
        (g) => g.programId === f.programId && g !== f && compareBatches(key(g), key(f)) > 0,
      ),
  );
}
