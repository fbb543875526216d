/** The allocation chain (schema/chain.graphql): thin, every rule is in chain-reads.service. */
import type { Resolvers } from '../generated/resolvers-types.ts';
import { asOfMonth, allocationDaysLimit } from '../../domain/days.ts';
import { nextUtcDay, nowUntil } from '../clock.ts';
import * as chain from '../../services/chain-reads.service.ts';
import { idArgument } from '../../services/documents.service.ts';
import { InputError } from '../../services/errors.ts';
import { recordFundReceipt } from '../../services/fund-receipts.service.ts';
import { isFieldError, resolveRegion } from '../../services/regions.service.ts';

export const chainResolvers: Resolvers = {
  Query: {
    allocationChain: async (_, args, { db, thresholds, clock }) => {
      const limitDays = args.limitDays ?? allocationDaysLimit();
      if (limitDays < 1 || limitDays > 3660)
        throw new InputError('INVALID_LIMIT', 'limitDays', 'limitDays 应为 1–3660 天');
      return await chain.allocationChain(
        db,
        {
          year: args.year,
          month: args.month,
          region: args.region ?? null,
          programId: idArgument(args.programId, 'programId'),
          // As of the month's end, or today while the month runs: then it changes at midnight.
          asOf:
            args.asOf ??
            asOfMonth(
              args.year,
              args.month,
              nowUntil(clock, (now) =>
                asOfMonth(args.year, args.month, now) < now.toISOString().slice(0, 10)
                  ? Infinity
                  : nextUtcDay(now),
              ),
            ),
          limitDays,
        },
        thresholds,
      );
    },
    fundYearChecks: (_, args, { db }) => chain.fundYearChecks(db, args.year),
    fundYears: async (_, args, { db }) => {
      const region = await resolveRegion(db, args.region);
      if (isFieldError(region)) throw new InputError(region.code, region.field, region.message);
      return await chain.fundYears(db, region, args.year);
    },
  },
  Mutation: {
    recordFundReceipt: (_, { input }, { db, now, actor }) =>
      recordFundReceipt(db, input, { actor, now }),
  },
  AllocationChain: {
    allocated: (node) => node.execution.allocated,
    spent: (node) => node.execution.spent,
    spendingProgress: (node) => node.execution.progress,
    children: (node, _, { db }) => chain.chainChildren(db, node),
    // Read on first ask, for the node and its siblings at once (chain-reads.service).
    daysToAllocate: async (node) => (await node.details()).daysToAllocate,
    daysWaiting: async (node) => (await node.details()).daysWaiting,
    timeliness: async (node) => (await node.details()).timeliness,
    upstreamNotices: async (node) => (await node.details()).upstreamNotices,
    ownNotices: async (node) => (await node.details()).ownNotices,
    warnings: async (node) => (await node.details()).warnings,
  },
  FundYear: {
    program: async (f, _, { loaders }) => {
      const program = await loaders.program.load(f.programId);
      if (!program) throw new Error(`program ${f.programId} missing`);
      return program;
    },
    notices: (f) => f.notices.map((n) => ({ notice: n, totalAfter: n.totalAfter })),
  },
};
