import type { Resolvers } from '../generated/resolvers-types.ts';
import { lineFigures, listReports, reportIdArgument } from '../../services/reports.service.ts';
import {
  amendSpendingReportInWan,
  submitSpendingReportInWan,
  type SubmitResult,
} from '../../services/spending.service.ts';
import { withWriteScope } from '../../db/data-version.ts';
import type { Loaders } from '../loaders.ts';
import { regionOf } from './shared.ts';

async function payload(loaders: Loaders, result: SubmitResult) {
  return {
    errors: result.errors,
    warnings: result.warnings,
    report: result.report ? await loaders.report.load(result.report.id) : null,
  };
}

export const reportResolvers: Resolvers = {
  Query: {
    spendingReports: (_, args, { db }) => listReports(db, args),
    spendingReport: (_, { id }, { loaders }) => loaders.report.load(reportIdArgument(id)),
  },
  Mutation: {
    // A filing writes one region's report of one year (and its audit row): cached answers
    // about other years stay valid (graphql/response-cache.ts).
    submitSpendingReport: async (_, { input }, { db, loaders, now, actor }) =>
      payload(
        loaders,
        await withWriteScope({ year: input.year }, () =>
          submitSpendingReportInWan(db, input, { actor, now }),
        ),
      ),
    // An amendment is a new version of one report: it changes that report's year only.
    amendSpendingReport: async (_, { reportId, lines }, { db, loaders, now, actor }) => {
      const amend = () => amendSpendingReportInWan(db, reportId, lines, { actor, now });
      const id = Number(reportId);
      const amended = Number.isSafeInteger(id) ? await loaders.report.load(id) : null;
      return payload(
        loaders,
        await (amended ? withWriteScope({ year: amended.year }, amend) : amend()),
      );
    },
  },
  SpendingReport: {
    id: (r) => String(r.id),
    region: (r, _, { loaders }) => regionOf(loaders, r.regionId),
    submittedAt: (r) => r.createdAt,
    lines: (r, _, { loaders }) => loaders.lines.load(r.id),
    versions: (r, _, { loaders }) => loaders.versions.load(r.id),
    isLatest: async (r, _, { loaders }) =>
      (await loaders.versions.load(r.id))[0]?.version === r.version,
  },
  SpendingLine: {
    document: async (l, _, { loaders }) => {
      const document = await loaders.document.load(l.documentId);
      if (!document) throw new Error(`document ${l.documentId} missing`);
      return document;
    },
    unspent: (l) => lineFigures(l).unspent,
    progress: (l) => lineFigures(l).progress,
    directions: async (l, _, { loaders }) =>
      (await loaders.lineDirections.load(l.id)).map((d) => ({
        direction: d.direction,
        spent: d.spent,
        share: l.spent > 0 ? d.spent / l.spent : null,
      })),
  },
};
