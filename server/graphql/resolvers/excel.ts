import type { Resolvers, WorkbookLine } from '../generated/resolvers-types.ts';
import { progressOf } from '../../domain/execution-figures.ts';
import { subFen } from '../../domain/money.ts';
import type { FormLine, FormProblem } from '../../excel/feedback-form-import.ts';
import { MAX_WORKBOOK_BYTES } from '../../excel/workbook-safety.ts';
import {
  previewFeedbackWorkbook,
  submitFeedbackWorkbook,
} from '../../services/feedback-workbook.service.ts';

/** Base64 of at most MAX_WORKBOOK_BYTES; anything longer is refused before it is decoded. */
function decode(file: string): Buffer | FormProblem {
  if (file.length > Math.ceil(MAX_WORKBOOK_BYTES / 3) * 4 + 4) {
    return {
      cell: null,
      field: 'file',
      code: 'TOO_LARGE',
      message: `文件超过上限 ${MAX_WORKBOOK_BYTES} 字节（跟踪反馈表通常约 10 KB）`,
    };
  }
  return Buffer.from(file.replace(/^data:[^,]*,/, ''), 'base64');
}

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
    previewFeedbackWorkbook: async (_, { file, ...target }, { db, now }) => {
      const bytes = decode(file);
      if (!Buffer.isBuffer(bytes)) return { lines: [], problems: [bytes], warnings: [] };
      const preview = await previewFeedbackWorkbook(db, bytes, target, now);
      return { ...preview, lines: preview.lines.map(lineOf) };
    },
    submitFeedbackWorkbook: async (_, { file, ...target }, { db, loaders, now, actor }) => {
      const bytes = decode(file);
      if (!Buffer.isBuffer(bytes)) return { report: null, problems: [bytes], warnings: [] };
      const result = await submitFeedbackWorkbook(db, bytes, target, { submittedBy: actor, now });
      return {
        problems: result.problems,
        warnings: result.warnings,
        report: result.report ? await loaders.report.load(result.report.id) : null,
      };
    },
  },
};
