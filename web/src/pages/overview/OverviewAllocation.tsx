/**
 * 分配进度 on the overview, where an upstream notice is imported for the region: how much of
 * what it received it has passed down or kept, and what still waits, with a link to the
 * 资金分配 view. Nothing is shown when nothing from above is imported.
 */
import { Link } from '../../components/Link.tsx';
import { graphql } from '../../gql/gql.ts';
import { formatPercent, formatWan } from '../../lib/format.ts';
import { useQuery } from '../../lib/graphql.ts';
import { defineMessages, fill, useLang, useMessages } from '../../lib/i18n.ts';

const AllocationLineQuery = graphql(`
  query OverviewAllocation($year: Int!, $month: Int!, $region: String, $programId: ID) {
    allocationChain(year: $year, month: $month, region: $region, programId: $programId) {
      received
      unallocated
      allocationProgress
      daysWaiting
    }
  }
`);

const messages = defineMessages({
  zh: {
    line: '分配进度 {progress}：上级下达 {received} 万元，未分配 {unallocated} 万元',
    waiting: '（已等待{n}天）',
    open: '查看资金分配',
  },
  en: {
    line: 'Allocation progress {progress}: received {received} 万元, unallocated {unallocated} 万元',
    waiting: ' (waiting {n} days)',
    open: 'Allocation chain',
  },
});

interface Props {
  year: number;
  month: number;
  region: string;
  programId: string | null;
}

export function OverviewAllocation({ year, month, region, programId }: Props) {
  const t = useMessages(messages);
  const lang = useLang();
  const chain = useQuery(AllocationLineQuery, { year, month, region, programId });
  const node = chain.data?.allocationChain;
  if (!node || node.received === null || node.received === undefined) return null;
  return (
    <p className="overview-allocation" data-testid="overview-allocation">
      {fill(t.line, {
        progress: formatPercent(node.allocationProgress, lang),
        received: formatWan(node.received, lang),
        unallocated: formatWan(node.unallocated, lang),
      })}
      {node.daysWaiting !== null && node.daysWaiting !== undefined
        ? fill(t.waiting, { n: node.daysWaiting })
        : ''}{' '}
      <Link to={{ view: 'allocation', region }} className="no-print">
        {t.open}
      </Link>
    </p>
  );
}
