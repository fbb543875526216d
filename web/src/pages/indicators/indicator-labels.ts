/**
 * The performance-target framework's labels (转移支付区域绩效目标表): level 1 and level 2
 * categories, in Chinese as the sheets write them and in English. Shared by the indicator
 * comparison and the region view.
 */
import { LEVEL1_LABEL, LEVEL2_LABEL } from '../../../../server/domain/framework.ts';
import { defineMessages } from '../../lib/i18n.ts';

export const levelMessages = defineMessages({
  // The Chinese labels are the framework's own (one list, shared with the importer).
  zh: { ...LEVEL1_LABEL, ...LEVEL2_LABEL, undecided: '未能判定' },
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
