/**
 * The batches of each fund-year reaching the region (提前下达, 第一批, 第二批 …) in order of
 * issue, with the total in force after each and the checks between them: what the 全年 column
 * means, on the page. Links to the 资金分配 view of the region.
 */
import { Link } from '../../components/Link.tsx';
import { graphql } from '../../gql/gql.ts';
import { formatWan } from '../../lib/format.ts';
import { useQuery } from '../../lib/graphql.ts';
import { defineMessages, useLang, useMessages } from '../../lib/i18n.ts';
import { messageIn } from '../allocation/allocation-model.ts';

const FundYearsQuery = graphql(`
  query RegionFundYears($region: String!, $year: Int!) {
    fundYears(region: $region, year: $year) {
      program {
        id
        name
      }
      inForce
      notices {
        notice {
          number
          batchName
          issuedOn
          amount
          annualTotal
        }
        totalAfter
      }
      checks {
        code
        message
      }
    }
  }
`);

const messages = defineMessages({
  zh: {
    title: '资金年度的各批文件',
    batch: '批次',
    number: '文号',
    issuedOn: '印发日期',
    amount: '此次下达',
    annual: '文件所列全年',
    after: '累计有效分配',
    inForce: '有效分配 {amount} 万元 = 各批此次下达之和',
    chain: '查看资金分配',
  },
  en: {
    title: 'Batches of each fund-year',
    batch: 'Batch',
    number: 'Number',
    issuedOn: 'Issued',
    amount: 'This batch',
    annual: '全年 as written',
    after: 'In force after',
    inForce: 'In force {amount} 万元 = the sum of the batches',
    chain: 'Allocation chain',
  },
});

export function RegionFundYears({ region, year }: { region: string; year: number }) {
  const t = useMessages(messages);
  const lang = useLang();
  const query = useQuery(FundYearsQuery, { region, year });
  const years = query.data?.fundYears ?? [];
  if (years.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="region-fund-years" data-testid="region-fund-years">
      <h2 id="region-fund-years">{t.title}</h2>
      <Link to={{ view: 'allocation', region }} className="no-print">
        {t.chain}
      </Link>
      {years.map((fy) => (
        <div key={fy.program.id}>
          <h3>
            {fy.program.name} · {t.inForce.replace('{amount}', formatWan(fy.inForce, lang))}
          </h3>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t.batch}</th>
                <th scope="col">{t.number}</th>
                <th scope="col">{t.issuedOn}</th>
                <th scope="col" className="num">
                  {t.amount}
                </th>
                <th scope="col" className="num">
                  {t.annual}
                </th>
                <th scope="col" className="num">
                  {t.after}
                </th>
              </tr>
            </thead>
            <tbody>
              {fy.notices.map(({ notice, totalAfter }) => (
                <tr key={notice.number}>
                  <td>{notice.batchName || '—'}</td>
                  <td>{notice.number}</td>
                  <td>{notice.issuedOn ?? '—'}</td>
                  <td className="num">{formatWan(notice.amount, lang)}</td>
                  <td className="num">{formatWan(notice.annualTotal, lang)}</td>
                  <td className="num">{formatWan(totalAfter, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {fy.checks.length > 0 && (
            <ul className="region-fund-checks">
              {fy.checks.map((c, i) => (
                <li key={i}>{messageIn(c.message, lang)}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
