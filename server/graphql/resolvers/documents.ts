import type { GraphQLContext } from '../context.ts';
import type { DocumentModel } from '../models.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import {
  documentByNumber,
  listDocuments,
  listImportRuns,
  listPrograms,
} from '../../services/documents.service.ts';
import { importNoticeText } from '../../services/import-notice.service.ts';
import { regionOf, targetOf } from './shared.ts';

/** The current revision of a document: most FundDocument fields are the revision's. */
async function current(doc: DocumentModel, { loaders }: GraphQLContext) {
  const revision =
    doc.currentRevisionId === null ? null : await loaders.revision.load(doc.currentRevisionId);
  if (!revision) throw new Error(`document ${doc.number} has no current revision`);
  return revision;
}

const codeName = (code: string | null, name: string | null) =>
  code && name ? { code, name } : null;

export const documentResolvers: Resolvers = {
  Query: {
    document: (_, { number }, { db }) => documentByNumber(db, number),
    documents: (_, args, { db }) => listDocuments(db, args),
    programs: (_, { year }, { db }) => listPrograms(db, year),
    importRuns: (_, args, { db }) => listImportRuns(db, args),
  },
  Mutation: {
    importNotice: async (_, { text, sourceName }, { db, actor, now }) => {
      const result = await importNoticeText(db, {
        text,
        sourceName: sourceName ?? null,
        actor,
        now,
      });
      return {
        ...result,
        document: result.documentNumber ? await documentByNumber(db, result.documentNumber) : null,
      };
    },
  },
  Program: {
    id: (p) => String(p.id),
    source: (p) => (p.source === 'central' ? 'CENTRAL' : 'LOCAL'),
    documents: (p, _, { loaders }) => loaders.documentsOfProgram.load(p.id),
  },
  FundDocument: {
    id: (d) => String(d.id),
    title: async (d, _, ctx) => (await current(d, ctx)).title,
    year: async (d, _, ctx) => (await current(d, ctx)).year,
    batch: async (d, _, ctx) => (await current(d, ctx)).batch,
    issuedOn: async (d, _, ctx) => (await current(d, ctx)).issuedOn,
    upstreamNumber: async (d, _, ctx) => (await current(d, ctx)).upstreamNumber,
    issuers: async (d, _, ctx) => (await current(d, ctx)).issuers,
    policyReferences: async (d, _, ctx) => (await current(d, ctx)).policyReferences,
    spendingDirections: async (d, _, ctx) => (await current(d, ctx)).spendingDirections,
    revision: async (d, _, ctx) => (await current(d, ctx)).revision,
    feedbackForm: async (d, _, ctx) => (await current(d, ctx)).feedbackForm,
    directFund: async (d, _, ctx) => {
      const r = await current(d, ctx);
      return codeName(r.directFundCode, r.directFundName);
    },
    revenueSubject: async (d, _, ctx) => {
      const r = await current(d, ctx);
      return codeName(r.revenueSubjectCode, r.revenueSubjectName);
    },
    expenditureSubject: async (d, _, ctx) => {
      const r = await current(d, ctx);
      return codeName(r.expenditureSubjectCode, r.expenditureSubjectName);
    },
    program: async (d, _, { loaders }) => {
      const program = await loaders.program.load(d.programId);
      if (!program) throw new Error(`program ${d.programId} missing`);
      return program;
    },
    revisions: (d, _, { loaders }) => loaders.revisionsOfDocument.load(d.id),
    allocations: async (d, _, ctx) => ctx.loaders.allocations.load((await current(d, ctx)).id),
    targetSheets: async (d, _, ctx) => ctx.loaders.sheets.load((await current(d, ctx)).id),
    warnings: async (d, _, ctx) =>
      (await ctx.loaders.warnings.load((await current(d, ctx)).importRunId)).filter(
        (w) => w.severity === 'warning',
      ),
    notes: async (d, _, ctx) =>
      (await ctx.loaders.warnings.load((await current(d, ctx)).importRunId)).filter(
        (w) => w.severity === 'info',
      ),
  },
  DocumentRevision: {
    importedAt: (r) => r.createdAt,
    importRun: async (r, _, { loaders }) => {
      const run = await loaders.importRun.load(r.importRunId);
      if (!run) throw new Error(`import run ${r.importRunId} missing`);
      return run;
    },
  },
  Allocation: {
    region: (a, _, { loaders }) => regionOf(loaders, a.regionId),
  },
  TargetSheet: {
    region: (s, _, { loaders }) => regionOf(loaders, s.regionId),
    departments: (s) => Object.entries(s.departments).map(([key, value]) => ({ key, value })),
    goals: async (s, _, { loaders }) => (await loaders.goals.load(s.id)).map((g) => g.text),
    indicators: (s, _, { loaders }) => loaders.sheetIndicators.load(s.id),
  },
  Indicator: {
    id: (i) => String(i.id),
    target: targetOf,
  },
  ImportWarning: {
    severity: (w) => (w.severity === 'warning' ? 'WARNING' : 'INFO'),
    region: (w, _, { loaders }) => (w.regionId === null ? null : loaders.region.load(w.regionId)),
  },
  ImportRun: {
    id: (r) => String(r.id),
    importedAt: (r) => r.createdAt,
    warnings: (r, _, { loaders }) => loaders.warnings.load(r.id),
  },
};
