/** The 导入指标文件 page as an admin uses it: choose a file, read what was found, correct, confirm. */
import type { Locator, Page } from 'playwright-core';

const text = async (locator: Locator) => (await locator.innerText()).replace(/\u00a0/g, ' ').trim();

export class ImportPage {
  constructor(readonly page: Page) {}

  /** Uploads a file and waits until what was read is shown. */
  async upload(path: string): Promise<void> {
    await this.page.locator('.import-file input[type=file]').setInputFiles(path);
    await this.settled();
  }

  /** Waits until no preview or import request is running. */
  async settled(): Promise<void> {
    await this.page
      .locator('.import-page[aria-busy="false"] [data-testid="import-preview"]')
      .waitFor();
  }

  async documentNumber(): Promise<string> {
    return await text(this.page.getByTestId('document-number'));
  }

  /** The role shown for a column (1-based, as the page numbers them). */
  columnRole(column: number): Locator {
    return this.page.getByLabel(`用途: 第${column}列`, { exact: true });
  }

  /** Picks a column's role and waits for the server to read the file again with it. */
  async setColumnRole(column: number, role: string): Promise<void> {
    await Promise.all([
      this.page.waitForResponse(
        (r) =>
          r.url().endsWith('/graphql') &&
          r.request().postData()?.includes('ImportPagePreview') === true,
      ),
      this.columnRole(column).selectOption(role),
    ]);
    await this.settled();
  }

  /** Each allocation row: written name and its three figures as shown. */
  async allocations(): Promise<
    { region: string; total: string; advance: string; batch: string }[]
  > {
    const rows = await this.page.locator('[data-testid="import-allocations"] tbody tr').all();
    return Promise.all(
      rows.map(async (row) => {
        const [region = '', total = '', advance = '', batch = ''] = await Promise.all(
          (await row.locator('th, td').all()).slice(0, 4).map(text),
        );
        return { region: region.replace(/\s*小计$/, ''), total, advance, batch };
      }),
    );
  }

  async confirm(): Promise<string> {
    await this.page.getByRole('button', { name: '确认导入' }).click();
    const result = this.page.getByTestId('import-result');
    await result.waitFor();
    return await text(result);
  }
}
