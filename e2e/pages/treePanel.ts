import { expect, type Locator, type Page } from '@playwright/test';

/** The left "Checkpoint" tab: search, status filter, the virtualized ARIA tree. */
export class TreePanel {
  readonly tree: Locator;
  readonly search: Locator;
  readonly statusFilter: Locator;

  constructor(readonly page: Page) {
    this.tree = page.getByRole('tree', { name: 'Checkpoint variables' });
    this.search = page.getByRole('searchbox', { name: 'Search variables' });
    this.statusFilter = page.getByRole('combobox', { name: 'Filter by status' });
  }

  async show(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Checkpoint' }).click();
  }

  item(name: string): Locator {
    return this.tree.getByRole('treeitem', { name, exact: true });
  }

  async filter(text: string): Promise<void> {
    await this.search.fill(text);
  }

  /** Finds a variable by searching for its full name, then selects it. */
  async selectVariable(name: string): Promise<void> {
    await this.show();
    await this.filter(name);
    await this.item(name).click();
    await expect(this.item(name)).toHaveAttribute('aria-selected', 'true');
  }
}
