/** Page model of the data-quality view (/quality). */
import type { Locator, Page } from 'playwright-core';

export class QualityPage {
  constructor(
    readonly page: Page,
    readonly origin: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.origin}/quality`);
    await this.page.locator('.quality-doc').first().waitFor();
  }

  url(): string {
    const u = new URL(this.page.url());
    return decodeURIComponent(u.pathname + u.search);
  }

  document(number: string): Locator {
    return this.page.locator(`.quality-doc[data-document="${number}"]`);
  }

  async figure(number: string, name: 'breaches' | 'notes'): Promise<number> {
    return Number(await this.document(number).locator(`[data-figure="${name}"]`).innerText());
  }

  verdict(number: string): Locator {
    return this.document(number).locator('.quality-verdict');
  }

  /** Code → count, from the per-kind table. */
  async countsByCode(number: string): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    const rows = this.document(number).locator('[data-testid="quality-counts"] tbody tr');
    for (const row of await rows.all()) {
      out[(await row.getAttribute('data-code')) ?? ''] = Number(
        await row.locator('td.num').innerText(),
      );
    }
    return out;
  }

  notesToggle(number: string): Locator {
    return this.document(number).locator('.quality-notes summary');
  }

  noteRows(number: string): Locator {
    return this.document(number).locator('[data-testid="quality-notes"] tr.quality-note');
  }

  openInIndicators(number: string): Locator {
    return this.document(number).locator('a.quality-open');
  }
}
