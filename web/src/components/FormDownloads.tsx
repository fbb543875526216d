/**
 * Links to a document's official forms as workbooks: the allocation table (附件1) and, for a
 * region, its target sheet (附件3). Served by the product (/export/…), so they work offline.
 */
import { defineMessages, fill, useMessages } from '../lib/i18n.ts';

const messages = defineMessages({
  zh: {
    allocation: '下载附件1 分配表（Excel）',
    targetSheet: '下载附件3 {region}绩效目标表（Excel）',
  },
  en: {
    allocation: 'Download Annex 1, the allocation table (Excel)',
    targetSheet: 'Download Annex 3, the target sheet of {region} (Excel)',
  },
});

export function FormDownloads({ document, region }: { document: string; region?: string }) {
  const t = useMessages(messages);
  const params = (extra: Record<string, string> = {}) =>
    new URLSearchParams({ document, ...extra }).toString();
  return (
    <span className="form-downloads no-print">
      <a href={`/export/allocation.xlsx?${params()}`} download>
        {t.allocation}
      </a>
      {region && (
        <a href={`/export/target-sheet.xlsx?${params({ region })}`} download>
          {fill(t.targetSheet, { region })}
        </a>
      )}
    </span>
  );
}
