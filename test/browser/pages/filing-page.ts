/**
 * Page model of the monthly filing view (/filing): the county picker, the feedback form's fields
 * by their names (the API's field paths: lines.0.spent, lines.0.directions.ORPHAN_SUPPORT …),
 * the error tied to each field by aria-describedby, and the filing calendar.
 */
import type { Locator, Page } from 'playwright-core';
import { signIn } from '../sign-in.ts';

export type Direction =
  | 'SUBSISTENCE_ALLOWANCE'
  | 'EXTREME_POVERTY_SUPPORT'
  | 'TEMPORARY_ASSISTANCE'
  | 'VAGRANT_ASSISTANCE'
  | 'ORPHAN_SUPPORT';

export class FilingPage {
  private signedInAs: string | null = null;

  constructor(
    readonly page: Page,
    readonly origin: string,
    /** The username of each county's filing account; a county's form is only its own. */
    readonly accounts: Record<string, string>,
    /** Who looks when no county is named (a leader: sees the calendar, picks counties). */
    readonly onlooker: string,
  ) {}

  /** Signs in (through the sign-in page) unless already signed in as that user. */
  async signInAs(username: string): Promise<void> {
    if (this.signedInAs === username) return;
    await signIn(this.page, this.origin, username);
    this.signedInAs = username;
  }

  /**
   * Opens /filing with the given URL filters, signed in as the named county's own account (or
   * the onlooker when no county is named), and waits for the calendar to load.
   */
  async open(params: Record<string, string | number> = {}): Promise<void> {
    const county = params.region === undefined ? undefined : String(params.region);
    const username = county === undefined ? this.onlooker : this.accounts[county];
    if (!username) throw new Error(`no filing account for ${county}`);
    await this.signInAs(username);
    const query = new URLSearchParams(
      Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
    ).toString();
    await this.page.goto(`${this.origin}/filing${query ? `?${query}` : ''}`);
    await this.monthTable.waitFor();
  }

  get countySelect(): Locator {
    return this.page.getByRole('combobox', { name: /填报地区|Filing county/ });
  }

  /** Chooses a county (as someone who may not file: a leader) and waits for its latest filing. */
  async chooseCounty(name: string): Promise<void> {
    await this.countySelect.selectOption(name);
    await this.page.locator('.filing-read-only').waitFor();
  }

  get form(): Locator {
    return this.page.locator('.filing-form');
  }

  field(name: string): Locator {
    return this.page.locator(`[name="${name}"]`);
  }

  spent(line = 0): Locator {
    return this.field(`lines.${line}.spent`);
  }

  direction(code: Direction, line = 0): Locator {
    return this.field(`lines.${line}.directions.${code}`);
  }

  reason(line = 0): Locator {
    return this.field(`lines.${line}.reason`);
  }

  measures(line = 0): Locator {
    return this.field(`lines.${line}.measures`);
  }

  dueDate(line = 0): Locator {
    return this.field(`lines.${line}.measuresDueOn`);
  }

  /** The error message a field points at with aria-describedby, or null when it has none. */
  async errorOf(field: Locator): Promise<string | null> {
    const ids = (await field.getAttribute('aria-describedby'))?.split(' ') ?? [];
    const errorId = ids.find((id) => id.endsWith('-error'));
    if (!errorId) return null;
    return this.page.locator(`[id="${errorId}"]`).innerText();
  }

  /** Whether a field is marked invalid for assistive technology. */
  async isInvalid(field: Locator): Promise<boolean> {
    return (await field.getAttribute('aria-invalid')) === 'true';
  }

  /** The error shown for the direction split as a whole. */
  splitError(line = 0): Locator {
    return this.page.locator(`[id="lines.${line}.directions-error"]`);
  }

  unspent(line = 0): Locator {
    return this.page.locator(`tbody[data-line="${line}"] td[data-cell="unspent"] output`);
  }

  progress(line = 0): Locator {
    return this.page.locator(`tbody[data-line="${line}"] td[data-cell="progress"] output`);
  }

  get versionNote(): Locator {
    return this.page.getByTestId('filing-version');
  }

  get submitButton(): Locator {
    return this.form.locator('button[type="submit"]');
  }

  async submit(): Promise<void> {
    await this.submitButton.click();
  }

  /** The summary under the form after a refused or blocked submission. */
  get summary(): Locator {
    return this.page.locator('.filing-summary');
  }

  get confirmation(): Locator {
    return this.page.locator('.filing-success');
  }

  get monthTable(): Locator {
    return this.page.getByTestId('filing-month');
  }

  monthRow(region: string): Locator {
    return this.monthTable.locator(`tr[data-region="${region}"]`);
  }

  get yearGrid(): Locator {
    return this.page.getByTestId('filing-year');
  }

  gridCell(region: string, month: number): Locator {
    return this.yearGrid.locator(`tr[data-region="${region}"] td[data-month="${month}"]`);
  }

  /** What a grid cell shows (a short word) and what it says to a screen reader. */
  async gridCellText(region: string, month: number): Promise<{ shown: string; label: string }> {
    const cell = this.gridCell(region, month);
    return {
      shown: await cell.locator('[aria-hidden="true"]').innerText(),
      label: await cell.locator('.visually-hidden').innerText(),
    };
  }

  /** Scrolls the filing calendar to the top of the window. */
  async showCalendar(): Promise<void> {
    await this.page.evaluate("document.querySelector('.filing-calendar')?.scrollIntoView()");
  }

  /** Replaces a field's content the way a clerk does: select all, type. */
  async type(field: Locator, text: string): Promise<void> {
    await field.fill('');
    await field.pressSequentially(text);
  }
}
