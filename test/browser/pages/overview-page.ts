/**
 * The overview as a reader sees it: the filter controls, the five cards, the chart bars' labels
 * and the figures table, read from the screen (text as shown, not from the app's state).
 */
import type { Locator, Page } from 'playwright-core';

export type CardName = 'allocated' | 'spent' | 'unspent' | 'progress' | 'lagging';

export interface TableRow {
  region: string;
  allocated: string;
  spent: string;
  unspent: string;
  progress: string;
  status: string;
}

/** innerText with the browser's non-breaking spaces made plain, trimmed. */
const text = async (locator: Locator) => (await locator.innerText()).replace(/\u00a0/g, ' ').trim();

export class OverviewPage {
  constructor(readonly page: Page) {}

  async open(origin: string, query = ''): Promise<void> {
    await this.page.goto(`${origin}/${query ? `?${query}` : ''}`);
    await this.waitForFigures();
  }

  /** Waits until the figures for the filters in the URL show (after a load or a filter change). */
  async waitForFigures(): Promise<void> {
    await this.page
      .locator('.overview[aria-busy="false"] .overview-table tbody tr')
      .first()
      .waitFor();
  }

  heading(): Locator {
    return this.page.locator('.overview-heading h2');
  }

  card(name: CardName): Locator {
    return this.page.locator(`[data-card="${name}"]`);
  }

  async cardTitle(name: CardName): Promise<string> {
    return await text(this.card(name).locator('h3'));
  }

  /** The card's main figure, e.g. "11,438.00" or "55.9% / 序时 83.3%". */
  async cardValue(name: CardName): Promise<string> {
    return (await text(this.card(name).locator('.value'))).replace(/\s+/g, ' ');
  }

  async cardSub(name: CardName): Promise<string> {
    return await text(this.card(name).locator('.sub'));
  }

  async navLinks(): Promise<string[]> {
    return (await this.page.locator('.app-nav a').allInnerTexts()).map((s) => s.trim());
  }

  /** The table's rows in order; the total (the shown region) is returned by `totalRow`. */
  async tableRows(): Promise<TableRow[]> {
    return await this.rowsOf(this.page.locator('.overview-table tbody tr'));
  }

  async totalRow(): Promise<TableRow | undefined> {
    return (await this.rowsOf(this.page.locator('.overview-table tfoot tr')))[0];
  }

  private async rowsOf(rows: Locator): Promise<TableRow[]> {
    const result: TableRow[] = [];
    for (const row of await rows.all()) {
      const cells = await Promise.all((await row.locator('th, td').all()).map(text));
      const [, allocated = '', spent = '', unspent = '', progress = '', status = ''] = cells;
      const region = (await row.getAttribute('data-region')) ?? '';
      result.push({ region, allocated, spent, unspent, progress, status });
    }
    return result;
  }

  /** The label drawn at the end of each region's progress bar, by region, in drawing order. */
  async progressBarLabels(): Promise<{ region: string; label: string }[]> {
    return await this.barLabels('#overview-progress-title');
  }

  async unspentBarLabels(): Promise<{ region: string; label: string }[]> {
    return await this.barLabels('#overview-unspent-title');
  }

  /** Pairs each region name on the axis with the label drawn on the same line (by position). */
  private async barLabels(titleId: string): Promise<{ region: string; label: string }[]> {
    const panel = this.page.locator('section', { has: this.page.locator(titleId) });
    const centre = async (locator: Locator) => {
      const box = await locator.boundingBox();
      return box ? box.y + box.height / 2 : Number.NaN;
    };
    const labels = await Promise.all(
      (await panel.locator('text.overview-bar-label').all()).map(async (l) => ({
        y: await centre(l),
        text: (await l.textContent())?.trim() ?? '',
      })),
    );
    const ticks = await panel.locator('text.overview-tick-link').all();
    return Promise.all(
      ticks.map(async (tick) => {
        const y = await centre(tick);
        const label = labels.filter((l) => l.text && Math.abs(l.y - y) < 8).map((l) => l.text);
        return { region: (await tick.textContent())?.trim() ?? '', label: label.join(' ') };
      }),
    );
  }

  async chooseMonth(month: number): Promise<void> {
    await this.monthSelect().selectOption(String(month));
    await this.page.waitForURL((url) => url.searchParams.get('month') === String(month));
    await this.waitForFigures();
  }

  async chooseProgram(name: string): Promise<void> {
    await this.programSelect().selectOption({ label: name });
    await this.page.waitForURL((url) => url.searchParams.has('program'));
    await this.waitForFigures();
  }

  monthSelect(): Locator {
    return this.page.getByLabel(/截至月份|As of month/);
  }

  programSelect(): Locator {
    return this.page.getByLabel(/资金项目|Program/);
  }

  /** Clicks the region's name beside its progress bar. */
  async clickProgressBarRegion(region: string): Promise<void> {
    const panel = this.page.locator('section', {
      has: this.page.locator('#overview-progress-title'),
    });
    await panel.locator('text.overview-tick-link', { hasText: region }).click();
  }

  /** Clicks the bar itself (Recharts names each bar's shape after its category). */
  async clickProgressBar(region: string): Promise<void> {
    const panel = this.page.locator('section', {
      has: this.page.locator('#overview-progress-title'),
    });
    await panel.locator(`path.recharts-rectangle[name="${region}"]`).click({ timeout: 5000 });
  }

  async clickTableRegion(region: string): Promise<void> {
    await this.page
      .locator('.overview-table tbody th a', { hasText: new RegExp(`^${region}$`) })
      .click();
  }

  languageButton(): Locator {
    return this.page.getByRole('button', { name: /^(Switch to English|切换到中文)$/ });
  }
}
