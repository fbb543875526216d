import type { Resolvers } from '../generated/resolvers-types.ts';
import { accountResolvers } from './accounts.ts';
import { chainResolvers } from './chain.ts';
import { documentResolvers } from './documents.ts';
import { excelResolvers } from './excel.ts';
import { executionResolvers } from './execution.ts';
import { indicatorResolvers } from './indicators.ts';
import { noticeImportResolvers } from './notice-import.ts';
import { regionResolvers } from './regions.ts';
import { reportResolvers } from './reports.ts';
import { DateScalar, DateTime, Wan } from './scalars.ts';
import { statusResolvers } from './status.ts';

const maps = [
  statusResolvers,
  regionResolvers,
  documentResolvers,
  executionResolvers,
  reportResolvers,
  indicatorResolvers,
  accountResolvers,
  excelResolvers,
  noticeImportResolvers,
  chainResolvers,
];

/** All resolver maps merged type by type. */
export const resolvers: Resolvers = {
  Wan,
  Date: DateScalar,
  DateTime,
  Query: Object.assign({}, ...maps.map((m) => m.Query ?? {})) as Resolvers['Query'],
  Mutation: Object.assign({}, ...maps.map((m) => m.Mutation ?? {})) as Resolvers['Mutation'],
  ...Object.fromEntries(
    maps.flatMap((m) =>
      Object.entries(m).filter(([type]) => type !== 'Query' && type !== 'Mutation'),
    ),
  ),
};
