import type { Locator, Page } from '@playwright/test';

/** The right "Report" tab: counts and lists of everything not matched. */
export class ReportPanel {
  readonly region: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Mismatch report' });
    this.summary = page.getByRole('table', { name: 'Report summary' });
  }

  async show(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Report' }).click();
  }

  /** "N / M" graph variables with weights. */
  async coverage(): Promise<[number, number]> {
    const text = (await this.summary.getByRole('row').first().getByRole('cell').textContent()) ?? '';
    const [a, b] = text.split('/').map((x) => Number(x.replace(/\D/g, '')));
    return [a ?? NaN, b ?? NaN];
  }
}
