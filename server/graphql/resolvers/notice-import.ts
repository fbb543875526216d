import type { Resolvers } from '../generated/resolvers-types.ts';
import { documentByNumber } from '../../services/documents.service.ts';
import { confirmNoticeImport, previewNoticeImport } from '../../services/notice-review.service.ts';

export const noticeImportResolvers: Resolvers = {
  Mutation: {
    previewNoticeImport: async (_, { input }, { db, actor, now }) => {
      const preview = await previewNoticeImport(db, input, { actor, now });
      return {
        ...preview,
        warnings: preview.warnings.map((w) => ({
          ...w,
          severity: w.severity === 'warning' ? 'WARNING' : 'INFO',
        })),
      };
    },
    importNoticeFile: async (_, { input }, { db, actor, now }) => {
      const result = await confirmNoticeImport(db, input, { actor, now });
      const number = result.summary?.document.number ?? null;
      return {
        outcome: result.summary?.outcome ?? null,
        document: number ? await documentByNumber(db, number) : null,
        errors: result.errors,
      };
    },
  },
};
