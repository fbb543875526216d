/**
 * The seed notice's PDF (../shared/seed/changji-2022-batch2-notice.pdf) as `pdftotext` prints
 * it in its three modes, committed as fixtures (test/fixtures/notices/seed-pdftotext/, made with
 * poppler-utils 24: `pdftotext [-layout|-raw] notice.pdf out.txt`). Each must import to the same
 * document, allocations and target sheets as the seed's text (samples/), which the seed tests
 * hold to hand-read values. Where a mode loses something the test says exactly what.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../server/importer/parse-notice.ts';
import type { ParsedNotice } from '../../server/importer/types.ts';
import { seedNoticeText } from '../helpers/db.ts';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/notices/seed-pdftotext');
const route = (mode: string) =>
  parseNotice(readFileSync(resolve(dir, `changji-2022-batch2-${mode}.txt`), 'utf8'));
const seed = parseNotice(seedNoticeText());

function document(n: ParsedNotice) {
  const { policyReferences, ...header } = n.header;
  return { ...header, references: policyReferences.map((p) => p.number) };
}

const allocations = (n: ParsedNotice) =>
  n.allocations.map((a) => [a.regionKey, a.annualTotal, a.earlyAdvance, a.thisBatch, a.isSubtotal]);

const sheets = (n: ParsedNotice) =>
  n.targetSheets.map((s) => ({
    region: s.regionKey,
    year: s.year,
    project: s.projectName,
    funds: [s.fundTotal, s.centralFunds, s.localFunds],
    goals: s.goals,
    indicators: s.indicators.map((i) => [
      i.nameKey,
      i.target.text.replace(/\s+/g, ''),
      i.target.kind,
      i.target.op,
      i.target.value,
      i.target.unit,
      i.target.reference,
    ]),
  }));

const levels = (n: ParsedNotice) =>
  n.targetSheets.flatMap((s) =>
    s.indicators.map((i) => `${s.regionKey} ${i.nameKey} ${i.level1}/${i.level2}`),
  );

describe.each(['default', 'layout', 'raw'])('the seed as pdftotext %s', (mode) => {
  const notice = route(mode);
  it('reads the same document particulars as the seed text', () => {
    expect(document(notice)).toEqual(document(seed));
  });
  it('reads the same allocation table: 8 rows, three figures each, the prefecture over its counties', () => {
    expect(allocations(notice)).toEqual(allocations(seed));
    expect(notice.allocationTable.columns.map((c) => c.role)).toEqual([
      'annualTotal',
      'earlyAdvance',
      'thisBatch',
    ]);
    expect(notice.warnings.filter((w) => w.code.startsWith('ALLOCATION_'))).toEqual([]);
  });
  it('reads the same 8 target sheets: funds, goals, 134 indicator names and targets', () => {
    expect(sheets(notice)).toEqual(sheets(seed));
  });
});

describe('indicator levels by route', () => {
  it('-raw: every level as in the seed text', () => {
    expect(levels(route('raw'))).toEqual(levels(seed));
  });
  it('-layout: all but two per sheet; the centred 时效 and 效益 labels put two indicators in the block above', () => {
    const got = levels(route('layout'));
    const want = levels(seed);
    const differ = want.filter((w, i) => got[i] !== w).map((w) => w.split(' ')[1]);
    expect(differ).toEqual(
      Array.from({ length: 8 }, () => [
        '向本行政区域县级以上各级财政部门下达中央财政困难群众救助补助资金',
        '困难群众生活水平情况',
      ]).flat(),
    );
  });
  it('default: the labels come out apart from their rows, so levels are left undecided and said so', () => {
    const notice = route('default');
    expect(notice.targetSheets.flatMap((s) => s.indicators.map((i) => i.level2))).toEqual(
      Array.from({ length: 134 }, () => null),
    );
    expect(notice.warnings.filter((w) => w.code === 'INDICATOR_LEVEL_UNDETERMINED')).toHaveLength(
      17,
    );
  });
  it('every route reads the feedback form (附件4): its columns rebuilt from wrapped header words, its notes', () => {
    for (const mode of ['default', 'layout', 'raw'])
      expect(route(mode).feedbackForm).toEqual(seed.feedbackForm);
  });
});
