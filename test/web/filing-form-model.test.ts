import { describe, expect, it } from 'vitest';
import { fen, type Fen } from '../../server/domain/money.ts';
import {
  countiesOf,
  DIRECTION_CODES,
  draftsFrom,
  EMPTY_DRAFT,
  findCounty,
  fundsFor,
  lagsBenchmark,
  lineFigures,
  readWan,
  totalsOf,
  type DocumentFunds,
  type FundLine,
  type LineDraft,
} from '../../web/src/pages/filing/filing-form-model.ts';
import { buildInput, formFieldOf, serverErrors } from '../../web/src/pages/filing/filing-input.ts';
import {
  validateForm,
  validateLine,
  visibleErrors,
} from '../../web/src/pages/filing/filing-validation.ts';

/** 万元 → fen: 1 万元 = 1,000,000 fen. */
const wan = (n: number): Fen => fen(Math.round(n * 1_000_000));

const notice: DocumentFunds = {
  number: '昌州财社〔2022〕11号',
  spendingDirections: [],
  program: { name: '困难群众救助补助资金' },
  allocations: [
    {
      region: { name: '昌吉回族自治州', aliases: ['昌吉州'] },
      annualTotal: 3316,
      isSubtotal: true,
    },
    { region: { name: '昌吉市', aliases: [] }, annualTotal: 1485, isSubtotal: false },
    {
      region: { name: '木垒哈萨克自治县', aliases: ['木垒县'] },
      annualTotal: 1831,
      isSubtotal: false,
    },
  ],
};
const other: DocumentFunds = {
  number: '昌州财社〔2022〕30号',
  spendingDirections: ['SUBSISTENCE_ALLOWANCE', 'TEMPORARY_ASSISTANCE'],
  program: { name: '城乡居民最低生活保障补助' },
  allocations: [
    { region: { name: '阜康市', aliases: [] }, annualTotal: 20.5, isSubtotal: false },
    { region: { name: '昌吉市', aliases: [] }, annualTotal: 831.25, isSubtotal: false },
  ],
};

const fund = (amount: number, directions = [...DIRECTION_CODES]): FundLine => ({
  documentNumber: '昌州财社〔2022〕11号',
  fundName: '困难群众救助补助资金',
  amount: wan(amount),
  directions,
});
const draft = (change: Partial<LineDraft>): LineDraft => ({ ...EMPTY_DRAFT, ...change });

describe('counties and their funds', () => {
  it('lists the regions that receive money directly, once, in document order', () => {
    expect(countiesOf([notice, other]).map((c) => c.name)).toEqual([
      '昌吉市',
      '木垒哈萨克自治县',
      '阜康市',
    ]);
  });

  it('finds a county by its name or an alias, and not a subtotal region', () => {
    const counties = countiesOf([notice]);
    expect(findCounty(counties, '木垒县')?.name).toBe('木垒哈萨克自治县');
    expect(findCounty(counties, '昌吉市')?.name).toBe('昌吉市');
    expect(findCounty(counties, '昌吉州')).toBeNull();
    expect(findCounty(counties, null)).toBeNull();
  });

  it('gives one line per fund the county received, amounts in fen', () => {
    const lines = fundsFor([notice, other], '昌吉市');
    expect(lines).toEqual([
      {
        documentNumber: '昌州财社〔2022〕11号',
        fundName: '困难群众救助补助资金',
        amount: 1_485_000_000,
        // The notice names no directions: all five are offered.
        directions: [...DIRECTION_CODES],
      },
      {
        documentNumber: '昌州财社〔2022〕30号',
        fundName: '城乡居民最低生活保障补助',
        amount: 831_250_000,
        directions: ['SUBSISTENCE_ALLOWANCE', 'TEMPORARY_ASSISTANCE'],
      },
    ]);
    expect(fundsFor([notice], '昌吉回族自治州')).toEqual([]);
  });
});

describe('readWan', () => {
  it('reads amounts as clerks write them, exactly', () => {
    expect(readWan('1012.5')).toEqual({ kind: 'amount', fen: 1_012_500_000 });
    expect(readWan(' 1,012.50 ')).toEqual({ kind: 'amount', fen: 1_012_500_000 });
    expect(readWan('１２.３')).toEqual({ kind: 'amount', fen: 12_300_000 });
    expect(readWan('0')).toEqual({ kind: 'amount', fen: 0 });
    expect(readWan('')).toEqual({ kind: 'empty' });
  });

  it('names what is wrong', () => {
    expect(readWan('12a')).toEqual({ kind: 'invalid', problem: 'NOT_A_NUMBER' });
    expect(readWan('1e3')).toEqual({ kind: 'invalid', problem: 'NOT_A_NUMBER' });
    expect(readWan('1.234')).toEqual({ kind: 'invalid', problem: 'TOO_MANY_DECIMALS' });
    expect(readWan('1.23456789')).toEqual({ kind: 'invalid', problem: 'TOO_MANY_DECIMALS' });
    expect(readWan('-5')).toEqual({ kind: 'invalid', problem: 'NEGATIVE' });
    expect(readWan('99999999999999')).toEqual({ kind: 'invalid', problem: 'TOO_LARGE' });
  });
});

describe('lineFigures', () => {
  it('computes unspent and progress from what is typed', () => {
    // 1485 − 1012.5 = 472.5; 1012.5 / 1485 = 0.681818…; 1012.5 × 12 = 12150 < 1485 × 10 = 14850
    expect(lineFigures(fund(1485), draft({ spent: '1012.5' }), 10)).toEqual({
      spent: 1_012_500_000,
      unspent: 472_500_000,
      progress: 1012.5 / 1485,
      lagging: true,
      split: false,
      splitSum: null,
    });
  });

  it('shows nothing derived until the spending is an amount', () => {
    const figures = lineFigures(fund(1485), draft({ spent: 'abc' }), 10);
    expect(figures).toMatchObject({ spent: null, unspent: null, progress: null, lagging: false });
  });

  it('keeps the unspent exact where floating point would drift', () => {
    // 0.3 − 0.1 is 0.19999999999999998 in floating point; in fen it is 0.2 exactly.
    expect(lineFigures(fund(0.3), draft({ spent: '0.1' }), 1).unspent).toBe(200_000);
    const split = lineFigures(
      fund(1),
      draft({ spent: '0.3', directions: { SUBSISTENCE_ALLOWANCE: '0.1', ORPHAN_SUPPORT: '0.2' } }),
      12,
    );
    expect(split).toMatchObject({ split: true, splitSum: 300_000, spent: 300_000 });
  });

  it('lags only strictly below the benchmark', () => {
    // 10/12 of 1485 is exactly 1237.5
    expect(lagsBenchmark(wan(1485), wan(1237.5), 10)).toBe(false);
    expect(lagsBenchmark(wan(1485), wan(1237.49), 10)).toBe(true);
    expect(lagsBenchmark(wan(0), wan(0), 10)).toBe(false);
  });

  it('guards the progress against a zero amount', () => {
    expect(lineFigures(fund(0), draft({ spent: '0' }), 6).progress).toBeNull();
  });
});

describe('totalsOf', () => {
  const funds = [fund(1485), { ...fund(831.5), documentNumber: '30号' }];
  it('sums amounts and spending (the 合计 row), not ratios', () => {
    const figures = [
      lineFigures(funds[0]!, draft({ spent: '1000' }), 10),
      lineFigures(funds[1]!, draft({ spent: '0.25' }), 10),
    ];
    // 1485 + 831.5 = 2316.5; 1000 + 0.25 = 1000.25; 2316.5 − 1000.25 = 1316.25
    expect(totalsOf(funds, figures)).toEqual({
      amount: 2_316_500_000,
      spent: 1_000_250_000,
      unspent: 1_316_250_000,
      progress: 1000.25 / 2316.5,
    });
  });

  it('has no total spending while a line is missing', () => {
    const figures = [
      lineFigures(funds[0]!, draft({ spent: '1000' }), 10),
      lineFigures(funds[1]!, draft({}), 10),
    ];
    expect(totalsOf(funds, figures)).toMatchObject({ spent: null, unspent: null, progress: null });
  });
});

describe('validateLine', () => {
  const codes = (d: LineDraft, month = 10, f = fund(1485)) =>
    Object.fromEntries([...validateLine(0, f, d, month)].map(([k, v]) => [k, v.error.code]));

  it('asks for the spending, but only once the clerk submits', () => {
    const problems = validateLine(0, fund(1485), draft({}), 10);
    expect(problems.get('lines.0.spent')).toEqual({
      error: { code: 'REQUIRED' },
      untilSubmit: true,
    });
    expect(visibleErrors(problems, false).size).toBe(0);
    expect(visibleErrors(problems, true).get('lines.0.spent')).toEqual({ code: 'REQUIRED' });
  });

  it('refuses text, extra decimals, negatives and spending above the amount', () => {
    expect(codes(draft({ spent: 'x' }))).toEqual({ 'lines.0.spent': 'NOT_A_NUMBER' });
    expect(codes(draft({ spent: '1300.125' }))).toEqual({ 'lines.0.spent': 'TOO_MANY_DECIMALS' });
    expect(codes(draft({ spent: '-1' }))).toEqual({ 'lines.0.spent': 'NEGATIVE' });
    const above = validateLine(0, fund(1485), draft({ spent: '1485.01' }), 12);
    expect(above.get('lines.0.spent')?.error).toEqual({
      code: 'ABOVE_AMOUNT',
      amount: 1_485_000_000,
    });
    expect(codes(draft({ spent: '1485' }), 12)).toEqual({});
  });

  it('requires the reason, the measures and their date when the line lags', () => {
    const problems = validateLine(0, fund(1485), draft({ spent: '600' }), 10);
    // 600 / 1485 = 0.40404…, benchmark 10 / 12
    expect(problems.get('lines.0.reason')).toEqual({
      error: { code: 'REASON_REQUIRED', progress: 600 / 1485, benchmark: 10 / 12 },
      untilSubmit: true,
    });
    expect(problems.get('lines.0.measures')?.error.code).toBe('MEASURES_REQUIRED');
    expect(problems.get('lines.0.measuresDueOn')?.error.code).toBe('DUE_DATE_REQUIRED');
    const answered = draft({
      spent: '600',
      reason: '乡镇审核未完成',
      measures: '按月调度',
      measuresDueOn: '2022-11-30',
    });
    expect(codes(answered)).toEqual({});
    // On track (1300 ≥ 1237.5): nothing is required.
    expect(codes(draft({ spent: '1300' }))).toEqual({});
    // A blank reason is no reason.
    expect(codes({ ...answered, reason: '   ' })).toEqual({ 'lines.0.reason': 'REASON_REQUIRED' });
  });

  it('says by how much a direction split misses the spending', () => {
    const d = draft({
      spent: '1300',
      directions: {
        SUBSISTENCE_ALLOWANCE: '800',
        EXTREME_POVERTY_SUPPORT: '200',
        ORPHAN_SUPPORT: '289.5',
      },
    });
    // 800 + 200 + 289.5 = 1289.5; 1289.5 − 1300 = −10.5
    expect(validateLine(0, fund(1485), d, 10).get('lines.0.directions')).toEqual({
      error: {
        code: 'SPLIT_MISMATCH',
        sum: 1_289_500_000,
        spent: 1_300_000_000,
        difference: -10_500_000,
      },
      untilSubmit: false,
    });
    const exact = { ...d, directions: { ...d.directions, ORPHAN_SUPPORT: '300' } };
    expect(codes(exact)).toEqual({});
  });

  it('checks each direction amount on its own', () => {
    const d = draft({
      spent: '1300',
      directions: { TEMPORARY_ASSISTANCE: '-3', ORPHAN_SUPPORT: 'abc' },
    });
    expect(codes(d)).toEqual({
      'lines.0.directions.TEMPORARY_ASSISTANCE': 'NEGATIVE',
      'lines.0.directions.ORPHAN_SUPPORT': 'NOT_A_NUMBER',
    });
  });

  it('checks the text length and the date', () => {
    const d = draft({ spent: '1300', reason: '因'.repeat(2001), measuresDueOn: '2022-13-45' });
    expect(codes(d)).toEqual({
      'lines.0.reason': 'TEXT_TOO_LONG',
      'lines.0.measuresDueOn': 'DATE_INVALID',
    });
  });

  it('validates every line of the form under its own index', () => {
    const funds = [fund(1485), { ...fund(831.5), documentNumber: '30号' }];
    const problems = validateForm(funds, [draft({ spent: '1300' }), draft({ spent: '900' })], 10);
    expect([...problems.keys()]).toEqual(['lines.1.spent']);
  });
});

describe('draftsFrom', () => {
  it('pre-fills from the latest report and leaves new funds empty', () => {
    const funds = fundsFor([notice, other], '昌吉市');
    const drafts = draftsFrom(funds, {
      lines: [
        {
          documentNumber: '昌州财社〔2022〕11号',
          spent: 1160.82,
          directions: [
            { direction: 'SUBSISTENCE_ALLOWANCE', spent: 1000.5 },
            { direction: 'ORPHAN_SUPPORT', spent: 160.32 },
          ],
          reason: null,
          measures: '按月调度',
          measuresDueOn: '2022-11-30',
        },
      ],
    });
    expect(drafts).toEqual([
      {
        spent: '1160.82',
        directions: { SUBSISTENCE_ALLOWANCE: '1000.5', ORPHAN_SUPPORT: '160.32' },
        reason: '',
        measures: '按月调度',
        measuresDueOn: '2022-11-30',
      },
      EMPTY_DRAFT,
    ]);
    expect(draftsFrom(funds, null)).toEqual([EMPTY_DRAFT, EMPTY_DRAFT]);
  });
});

describe('buildInput and the server’s errors', () => {
  const funds = [fund(1485)];

  it('sends exact 万元 strings, the filled directions only, and blank texts as null', () => {
    const d = draft({
      spent: '1,012.50',
      directions: {
        SUBSISTENCE_ALLOWANCE: '1000',
        TEMPORARY_ASSISTANCE: ' ',
        ORPHAN_SUPPORT: '12.5',
      },
      reason: ' 审核未完成 ',
      measures: '',
    });
    expect(buildInput('昌吉市', 2022, 10, funds, [d])).toEqual({
      input: {
        region: '昌吉市',
        year: 2022,
        month: 10,
        lines: [
          {
            documentNumber: '昌州财社〔2022〕11号',
            spent: '1012.5',
            amount: '1485',
            unspent: '472.5',
            directions: [
              { direction: 'SUBSISTENCE_ALLOWANCE', spent: '1000' },
              { direction: 'ORPHAN_SUPPORT', spent: '12.5' },
            ],
            reason: '审核未完成',
            measures: null,
            measuresDueOn: null,
          },
        ],
      },
      directionOrder: [['SUBSISTENCE_ALLOWANCE', 'ORPHAN_SUPPORT']],
    });
  });

  it('leaves the directions out when none is filled', () => {
    const { input } = buildInput('昌吉市', 2022, 10, funds, [draft({ spent: '1300' })]);
    expect(input.lines[0]).not.toHaveProperty('directions');
  });

  it('maps the server’s field paths onto the form’s fields', () => {
    const order = [['SUBSISTENCE_ALLOWANCE', 'ORPHAN_SUPPORT']] as const;
    const o = order.map((l) => [...l]);
    expect(formFieldOf('lines.0.spent', o)).toBe('lines.0.spent');
    expect(formFieldOf('lines.0.directions.1.spent', o)).toBe('lines.0.directions.ORPHAN_SUPPORT');
    expect(formFieldOf('lines.0.directions.0.direction', o)).toBe(
      'lines.0.directions.SUBSISTENCE_ALLOWANCE',
    );
    expect(formFieldOf('lines.0.directions.7.spent', o)).toBe('lines.0.directions');
    expect(formFieldOf('lines.0.directions', o)).toBe('lines.0.directions');
    expect(formFieldOf('lines.0.amount', o)).toBe('lines.0.amount');
    expect(formFieldOf('region', o)).toBe('form');
    expect(formFieldOf('lines', o)).toBe('form');

    const errors = serverErrors(
      [
        { field: 'month', message: '2027年1月尚未到来，不能填报' },
        { field: 'lines.0.spent', message: '超过资金金额' },
        { field: 'region', message: '没有这个地区' },
      ],
      o,
    );
    expect(errors).toEqual(
      new Map([
        ['form', { code: 'SERVER', message: '2027年1月尚未到来，不能填报；没有这个地区' }],
        ['lines.0.spent', { code: 'SERVER', message: '超过资金金额' }],
      ]),
    );
  });
});
