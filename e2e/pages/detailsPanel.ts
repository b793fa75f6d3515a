import type { Locator, Page } from '@playwright/test';

/** The right "Details" tab: both sides of the selection and the mapping controls. */
export class DetailsPanel {
  readonly region: Locator;
  readonly checkpointSection: Locator;
  readonly graphSection: Locator;
  /** Statistics, histogram and value preview of the selected checkpoint tensor. */
  readonly values: Locator;
  readonly mapButton: Locator;
  readonly unmapButton: Locator;
  readonly refusal: Locator;
  readonly generalization: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Selection details' });
    this.checkpointSection = this.region.getByRole('region', { name: 'Checkpoint variable' });
    this.graphSection = this.region.getByRole('region', { name: 'Graph variable' });
    this.values = this.region.getByRole('region', { name: 'Values' });
    this.mapButton = page.getByRole('button', { name: 'Map selected' });
    this.unmapButton = page.getByRole('button', { name: 'Unmap' });
    this.refusal = page.getByRole('alert', { name: 'Mapping refused' });
    this.generalization = page.getByRole('dialog', { name: 'Apply the same rename' });
  }

  async show(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Details' }).click();
  }
}
