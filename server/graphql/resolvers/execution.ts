import type { RegionLevel, Resolvers } from '../generated/resolvers-types.ts';
import { idArgument } from '../../services/documents.service.ts';
import * as executionService from '../../services/execution.service.ts';
import {
  filingStatus,
  filingStatusChangesAt,
  lagExplanations,
} from '../../services/filing.service.ts';
import { nextUtcDay, nowUntil } from '../clock.ts';
import { regionOf } from './shared.ts';

const query = (args: {
  year: number;
  month: number;
  region?: string | null;
  programId?: string | null;
}) => ({
  year: args.year,
  month: args.month,
  region: args.region ?? null,
  programId: idArgument(args.programId, 'programId'),
});

const level = (value: RegionLevel) => value.toLowerCase() as Lowercase<RegionLevel>;

export const executionResolvers: Resolvers = {
  Query: {
    execution: (_, args, { db, thresholds }) =>
      executionService.execution(
        db,
        { ...query(args), documentNumber: args.documentNumber ?? null },
        thresholds,
      ),
    laggingRegions: (_, args, { db, thresholds }) =>
      executionService.levelPage(
        db,
        query(args),
        level(args.level),
        thresholds,
        { kind: 'lagging', includeNotReported: args.includeNotReported },
        args.first,
        args.after,
      ),
    unspentBalances: (_, args, { db, thresholds }) =>
      executionService.levelPage(
        db,
        query(args),
        level(args.level),
        thresholds,
        { kind: 'unspent' },
        args.first,
        args.after,
      ),
    // Cached until the deadline passes (late flags), then for good.
    filingStatus: (_, args, { db, clock }) =>
      filingStatus(
        db,
        args,
        nowUntil(clock, (now) => filingStatusChangesAt(args.year, args.month, now)),
      ),
    // "overdue" compares a due date with today's (UTC) date: it can change at midnight.
    lagExplanations: (_, args, { db, clock }) =>
      lagExplanations(db, args, nowUntil(clock, nextUtcDay)),
  },
  Execution: {
    children: (node, _, { db, thresholds }) =>
      executionService.childrenExecution(db, node, thresholds),
    previousMonth: (node, _, { db, thresholds }) =>
      executionService.shiftedExecution(db, node, { months: 1 }, thresholds),
    previousYear: (node, _, { db, thresholds }) =>
      executionService.shiftedExecution(db, node, { years: 1 }, thresholds),
    trend: (node, _, { db }) => executionService.trend(db, node),
    byDirection: (node, _, { db }) => executionService.byDirection(db, node),
    byProgram: (node, _, { db }) => executionService.byProgram(db, node),
  },
  ProgramExecution: {
    program: async (p, _, { loaders }) => {
      const program = await loaders.program.load(p.programId);
      if (!program) throw new Error(`program ${p.programId} missing`);
      return program;
    },
  },
  FilingEntry: {
    report: (e, _, { loaders }) => (e.reportId === null ? null : loaders.report.load(e.reportId)),
  },
  LagExplanation: {
    region: (e, _, { loaders }) => regionOf(loaders, e.regionId),
    report: async (e, _, { loaders }) => {
      const report = await loaders.report.load(e.reportId);
      if (!report) throw new Error(`report ${e.reportId} missing`);
      return report;
    },
  },
};
