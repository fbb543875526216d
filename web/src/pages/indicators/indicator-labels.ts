/**
 * The performance-target framework's labels (转移支付区域绩效目标表): level 1 and level 2
 * categories, in Chinese as the sheets write them and in English. Shared by the indicator
 * comparison and the region view.
 */
import { defineMessages } from '../../lib/i18n.ts';

export const levelMessages = defineMessages({
  zh: {
    OUTPUT: '产出指标',
    EFFECT: '效益指标',
    SATISFACTION: '满意度指标',
    QUANTITY: '数量指标',
    QUALITY: '质量指标',
    TIMELINESS: '时效指标',
    COST: '成本指标',
    ECONOMIC: '经济效益指标',
    SOCIAL: '社会效益指标',
    ECOLOGICAL: '生态效益指标',
    SUSTAINABILITY: '可持续影响指标',
    SERVICE_SATISFACTION: '服务对象满意度指标',
    undecided: '未能判定',
  },
  en: {
    OUTPUT: 'Output',
    EFFECT: 'Effect',
    SATISFACTION: 'Satisfaction',
    QUANTITY: 'Quantity',
    QUALITY: 'Quality',
    TIMELINESS: 'Timeliness',
    COST: 'Cost',
    ECONOMIC: 'Economic effect',
    SOCIAL: 'Social effect',
    ECOLOGICAL: 'Ecological effect',
    SUSTAINABILITY: 'Sustainability',
    SERVICE_SATISFACTION: 'Service-recipient satisfaction',
    undecided: 'Undecided',
  },
});

/** "产出指标 · 数量指标"; level 2 may be unknown (the importer could not decide it). */
export function levelLabel(
  t: Record<keyof (typeof levelMessages)['zh'], string>,
  level1: keyof (typeof levelMessages)['zh'],
  level2: keyof (typeof levelMessages)['zh'] | null | undefined,
): string {
  return `${t[level1]} · ${level2 ? t[level2] : t.undecided}`;
}
