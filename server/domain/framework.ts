/**
 * The performance-target framework (转移支付区域绩效目标表): three levels, where the level-2
 * category decides the level-1 one. Labels are matched on their compact form
 * (NFKC, no whitespace), with and without the trailing 指标.
 */
export const LEVEL1 = ['OUTPUT', 'EFFECT', 'SATISFACTION'] as const;
export type Level1 = (typeof LEVEL1)[number];

export const LEVEL2 = [
  'QUANTITY',
  'QUALITY',
  'TIMELINESS',
  'COST',
  'ECONOMIC',
  'SOCIAL',
  'ECOLOGICAL',
  'SUSTAINABILITY',
  'SERVICE_SATISFACTION',
] as const;
export type Level2 = (typeof LEVEL2)[number];

export const LEVEL1_OF: Record<Level2, Level1> = {
  QUANTITY: 'OUTPUT',
  QUALITY: 'OUTPUT',
  TIMELINESS: 'OUTPUT',
  COST: 'OUTPUT',
  ECONOMIC: 'EFFECT',
  SOCIAL: 'EFFECT',
  ECOLOGICAL: 'EFFECT',
  SUSTAINABILITY: 'EFFECT',
  SERVICE_SATISFACTION: 'SATISFACTION',
};

export const LEVEL1_LABEL: Record<Level1, string> = {
  OUTPUT: '产出指标',
  EFFECT: '效益指标',
  SATISFACTION: '满意度指标',
};

export const LEVEL2_LABEL: Record<Level2, string> = {
  QUANTITY: '数量指标',
  QUALITY: '质量指标',
  TIMELINESS: '时效指标',
  COST: '成本指标',
  ECONOMIC: '经济效益指标',
  SOCIAL: '社会效益指标',
  ECOLOGICAL: '生态效益指标',
  SUSTAINABILITY: '可持续影响指标',
  SERVICE_SATISFACTION: '服务对象满意度指标',
};

export type LevelLabel = { level: 1; code: Level1 } | { level: 2; code: Level2 };

function labelTable(): Map<string, LevelLabel> {
  const table = new Map<string, LevelLabel>();
  const add = (text: string, label: LevelLabel) => {
    table.set(text, label);
    table.set(text.replace(/指标$/, ''), label);
  };
  for (const code of LEVEL1) add(LEVEL1_LABEL[code], { level: 1, code });
  for (const code of LEVEL2) add(LEVEL2_LABEL[code], { level: 2, code });
  // Spellings seen in other provinces' tables.
  add('可持续发展指标', { level: 2, code: 'SUSTAINABILITY' });
  add('满意度指标', { level: 1, code: 'SATISFACTION' });
  return table;
}

const LABELS = labelTable();

/** The framework label a table cell holds, if it holds one and nothing else. */
export function levelLabelOf(compactCell: string): LevelLabel | null {
  return LABELS.get(compactCell) ?? null;
}
