/**
 * The form's error messages, Chinese first. Kept apart from the page's other messages (which
 * go through lib/i18n.ts and its URL hook) so error-text.ts stays plain TypeScript.
 */
export const errorMessages = {
  zh: {
    errREQUIRED: '请填写',
    errNOT_A_NUMBER: '不是数字，请填写金额（如 1012.5）',
    errTOO_MANY_DECIMALS: '最多 2 位小数（万元，精确到百元）',
    errNEGATIVE: '不能为负数',
    errTOO_LARGE: '金额过大',
    errABOVE_AMOUNT: '超过资金金额 {amount} 万元',
    errSPLIT_MORE: '各方向合计 {sum} 万元，比实际支出 {spent} 万元多 {difference} 万元',
    errSPLIT_LESS: '各方向合计 {sum} 万元，比实际支出 {spent} 万元少 {difference} 万元',
    errREASON_REQUIRED: '支出进度 {progress} 低于序时进度 {benchmark}，须填写未按计划支出的原因',
    errMEASURES_REQUIRED: '进度滞后，须填写整改措施',
    errDUE_DATE_REQUIRED: '进度滞后，须填写整改时间',
    errTEXT_TOO_LONG: '不能超过 2000 字（现 {length} 字）',
    errDATE_INVALID: '不是有效日期',
  },
  en: {
    errREQUIRED: 'Required',
    errNOT_A_NUMBER: 'Not a number; enter an amount such as 1012.5',
    errTOO_MANY_DECIMALS: 'At most 2 decimals (万元, to the hundred yuan)',
    errNEGATIVE: 'Cannot be negative',
    errTOO_LARGE: 'Amount too large',
    errABOVE_AMOUNT: 'Above the amount of {amount} 万元',
    errSPLIT_MORE:
      'Directions add up to {sum} 万元, {difference} 万元 more than the spending of {spent} 万元',
    errSPLIT_LESS:
      'Directions add up to {sum} 万元, {difference} 万元 less than the spending of {spent} 万元',
    errREASON_REQUIRED: 'Progress {progress} is behind the benchmark {benchmark}: give the reason',
    errMEASURES_REQUIRED: 'Behind the benchmark: give the corrective measures',
    errDUE_DATE_REQUIRED: 'Behind the benchmark: give the date the measures are due',
    errTEXT_TOO_LONG: 'At most 2000 characters (now {length})',
    errDATE_INVALID: 'Not a valid date',
  },
} satisfies Record<'zh' | 'en', Record<string, string>>;

export type ErrorMessages = (typeof errorMessages)['zh'];
