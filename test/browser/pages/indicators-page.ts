/** Page model of the indicator comparison (/indicators?doc=…). */
import type { Locator, Page } from 'playwright-core';

export class IndicatorsPage {
  constructor(
    readonly page: Page,
    readonly origin: string,
  ) {}

  async open(doc?: string): Promise<void> {
    const query = doc ? `?${new URLSearchParams({ doc }).toString()}` : '';
    await this.page.goto(`${this.origin}/indicators${query}`);
  }

  async waitForMatrix(): Promise<void> {
    await this.matrix().locator('tbody tr').first().waitFor();
  }

  url(): string {
    const u = new URL(this.page.url());
    return decodeURIComponent(u.pathname + u.search);
  }

  matrix(): Locator {
    return this.page.locator('[data-testid="indicator-matrix"]');
  }

  /** The region columns' names, in order. */
  regions(): Promise<string[]> {
    return this.matrix().locator('thead th[data-region]').allInnerTexts();
  }

  rows(): Locator {
    return this.matrix().locator('tbody tr[data-indicator]');
  }

  async indicatorNames(): Promise<string[]> {
    const rows = await this.rows().all();
    return Promise.all(rows.map(async (r) => (await r.getAttribute('data-indicator')) ?? ''));
  }

  cell(indicator: string, region: string): Locator {
    return this.matrix().locator(`tr[data-indicator="${indicator}"] td[data-region="${region}"]`);
  }

  /** Every cell's status as "indicator|region" → status ("" where the sheet lacks it). */
  async statuses(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const row of await this.rows().all()) {
      const indicator = await row.getAttribute('data-indicator');
      for (const cell of await row.locator('td[data-region]').all()) {
        const region = await cell.getAttribute('data-region');
        out[`${indicator}|${region}`] = (await cell.getAttribute('data-status')) ?? '';
      }
    }
    return out;
  }

  documentPicker(): Locator {
    return this.page.locator('.ind-header .ind-picker select');
  }

  chartPicker(): Locator {
    return this.page.locator('.ind-panel-head .ind-picker select');
  }

  chart(): Locator {
    return this.page.locator('[data-testid="indicator-chart"]');
  }

  chartButton(indicator: string): Locator {
    return this.matrix().locator(`tr[data-indicator="${indicator}"] .ind-chart-button`);
  }

  /** The value labels above the chart's bars. */
  chartLabels(): Promise<string[]> {
    return this.chart().locator('.recharts-label-list text').allTextContents();
  }

  scroller(): Locator {
    return this.page.locator('.ind-scroll');
  }
}
