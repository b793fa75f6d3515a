import type { Locator, Page } from '@playwright/test';

/** The left "Graph variables" tab: the graph's variables as a searchable listbox. */
export class GraphListPanel {
  readonly list: Locator;
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('listbox', { name: 'Graph variable list' });
    this.search = page.getByRole('searchbox', { name: 'Search graph variables' });
  }

  async show(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Graph variables' }).click();
  }

  async select(name: string): Promise<void> {
    await this.show();
    await this.search.fill(name);
    await this.list.getByRole('option', { name, exact: true }).click();
  }
}
