/** Page model of the region view (/region?region=…): what a user reads and clicks there. */
import type { Locator, Page } from 'playwright-core';

/** "1,485.00" → 1485; "—" → null. */
export function parseAmount(text: string): number | null {
  const t = text.trim().replace(/,/g, '');
  if (t === '—' || t === '') return null;
  return Number(t);
}

export class RegionPage {
  constructor(
    readonly page: Page,
    readonly origin: string,
  ) {}

  async open(params: Record<string, string>): Promise<void> {
    await this.page.goto(`${this.origin}/region?${new URLSearchParams(params).toString()}`);
  }

  /** Waits until the view shows the region's figures. */
  async waitFor(region: string): Promise<void> {
    await this.page
      .locator(
        `[data-testid="region-body"][data-region="${region}"][aria-busy="false"] [data-testid="region-cards"]`,
      )
      .waitFor();
  }

  /** Path and query, decoded: "/region?region=昌吉市&year=2022&month=10". */
  url(): string {
    const u = new URL(this.page.url());
    return decodeURIComponent(u.pathname + u.search);
  }

  title(): Promise<string> {
    return this.page.locator('.region-title').innerText();
  }

  async figure(name: 'allocated' | 'spent' | 'unspent' | 'progress'): Promise<string> {
    return (
      await this.page.locator(`[data-testid="region-cards"] [data-figure="${name}"]`).innerText()
    ).trim();
  }

  cards(): Locator {
    return this.page.locator('[data-testid="region-cards"]');
  }

  /** A region's row of a document's allocation (a region can have several notices a year). */
  allocationRow(region: string, document: string): Locator {
    return this.page.locator(
      `[data-testid="region-allocation"] tbody[data-document="${document}"] tr[data-region="${region}"]`,
    );
  }

  /** The red note under the allocation that explains a clawback. */
  clawbackNote(): Locator {
    return this.page.locator('.region-clawback-explained');
  }

  reportRows(month: number): Locator {
    return this.page.locator(`[data-testid="region-reports"] tr[data-report-month="${month}"]`);
  }

  /** The toggle that shows a month's earlier versions (in that month's latest row). */
  versionsToggle(month: number): Locator {
    return this.reportRows(month).locator('.region-versions-toggle');
  }

  reasons(): Locator {
    return this.page.locator('[data-testid="region-reasons"] tbody tr');
  }

  indicatorRows(): Locator {
    return this.page.locator('[data-testid="region-indicators"] tbody tr');
  }

  directions(): Locator {
    return this.page.locator('[data-testid="region-directions"] tbody tr');
  }

  childRows(): Locator {
    return this.page.locator('[data-testid="region-children"] tbody tr');
  }

  childLink(region: string): Locator {
    return this.page.locator(`[data-testid="region-children"] tr[data-region="${region}"] a`);
  }

  parentLink(): Locator {
    return this.page.locator('.region-parent a');
  }

  backToOverview(): Locator {
    return this.page.locator('a.region-back');
  }

  picker(): Locator {
    return this.page.locator('.region-picker select');
  }
}
