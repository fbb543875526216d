/**
 * The checks between the batches of each fund-year (a later notice's 提前 / 已下达 column
 * against the notices imported before it), for the year shown: figures that disagree, or an
 * earlier notice that is not imported.
 */
import { graphql } from '../../gql/gql.ts';
import { useQuery } from '../../lib/graphql.ts';
import { defineMessages, fill, useLang, useMessages } from '../../lib/i18n.ts';
import { useFilters } from '../../lib/period.ts';
import { messageIn } from '../allocation/allocation-model.ts';

const ChecksQuery = graphql(`
  query QualityFundYearChecks($year: Int!) {
    fundYearChecks(year: $year) {
      code
      region {
        name
      }
      documentNumber
      message
    }
  }
`);

const messages = defineMessages({
  zh: {
    title: '{year}年 各批文件的核对',
    none: '各批文件的提前下达、已下达金额与已导入的文件一致',
  },
  en: {
    title: 'Batches of each fund-year, {year}',
    none: "Every notice's earlier money agrees with the imported notices",
  },
});

export function FundYearChecks() {
  const t = useMessages(messages);
  const lang = useLang();
  const { year } = useFilters();
  const query = useQuery(ChecksQuery, { year });
  const checks = query.data?.fundYearChecks;
  if (!checks) return null;
  return (
    <section className="panel" aria-labelledby="quality-fund-years" data-testid="fund-year-checks">
      <h2 id="quality-fund-years">{fill(t.title, { year })}</h2>
      {checks.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul>
          {checks.map((c, i) => (
            <li key={i} data-code={c.code} data-region={c.region.name}>
              {messageIn(c.message, lang)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
