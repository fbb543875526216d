import type { Resolvers, WorkbookLine } from '../generated/resolvers-types.ts';
import { withWriteScope } from '../../db/data-version.ts';
import { progressOf } from '../../domain/execution-figures.ts';
import { subFen } from '../../domain/money.ts';
import type { FormLine } from '../../excel/feedback-form-import.ts';
import {
  previewFeedbackWorkbook,
  submitFeedbackWorkbook,
  workbookFromBase64,
} from '../../services/feedback-workbook.service.ts';

function lineOf(l: FormLine): WorkbookLine {
  return {
    row: l.row,
    fundName: l.fundName,
    documentNumber: l.documentNumber,
    amount: l.amount,
    spent: l.spent,
    unspent: subFen(l.amount, l.spent),
    progress: progressOf(l.spent, l.amount),
    directions: (l.directions ?? []).map((d) => ({
      direction: d.direction,
      spent: d.spent,
      share: l.spent > 0 ? d.spent / l.spent : null,
    })),
    reason: l.reason ?? null,
    measures: l.measures ?? null,
    measuresDueOn: l.measuresDueOn ?? null,
  };
}

export const excelResolvers: Resolvers = {
  Mutation: {
    previewFeedbackWorkbook: async (_, { file, ...target }, { db, now, actor }) => {
      const upload = workbookFromBase64(file);
      const preview = await previewFeedbackWorkbook(db, upload, target, { actor, now });
      return { ...preview, lines: preview.lines.map(lineOf) };
    },
    submitFeedbackWorkbook: async (_, { file, ...target }, { db, loaders, now, actor }) => {
      const upload = workbookFromBase64(file);
      // A filing writes one region's report of one year: answers about other years stay valid.
      const result = await withWriteScope({ year: target.year }, () =>
        submitFeedbackWorkbook(db, upload, target, { actor, now }),
      );
      return {
        problems: result.problems,
        warnings: result.warnings,
        report: result.report ? await loaders.report.load(result.report.id) : null,
      };
    },
  },
};
