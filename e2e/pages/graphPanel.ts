import { expect, type Locator, type Page } from '@playwright/test';

/** The centre NASNet graph: model/mode pickers, the SVG drawing with its nodes. */
export class GraphPanel {
  readonly region: Locator;
  readonly model: Locator;
  readonly mode: Locator;
  readonly drawing: Locator;
  readonly legend: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Model graph' });
    this.model = this.region.getByRole('combobox', { name: 'Model', exact: true });
    this.mode = this.region.getByRole('combobox', { name: 'Mode', exact: true });
    this.drawing = this.region.getByRole('group', { name: 'Model graph drawing' });
    this.legend = this.region.getByRole('list', { name: 'Legend' });
  }

  /** A node by its label (cell id, or op label inside an expanded cell). */
  node(label: string | RegExp): Locator {
    const name =
      typeof label === 'string' ? new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `) : label;
    return this.drawing.getByRole('button', { name });
  }

  async expand(cell: string): Promise<void> {
    await this.drawing.getByRole('button', { name: `Expand ${cell}` }).click();
    await expect(this.drawing.getByRole('button', { name: `Collapse ${cell}` })).toBeVisible();
  }

  async choose(model: string, mode: 'inference' | 'training'): Promise<void> {
    await this.model.selectOption(model);
    await this.mode.selectOption(mode);
  }
}
