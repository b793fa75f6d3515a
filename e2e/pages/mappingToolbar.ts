import type { Download, Locator, Page } from '@playwright/test';

/** Mapping commands in the top bar. */
export class MappingToolbar {
  readonly group: Locator;
  readonly autoMatch: Locator;
  readonly undo: Locator;
  readonly redo: Locator;
  readonly exportMapping: Locator;
  readonly exportAssignmentMap: Locator;

  constructor(readonly page: Page) {
    this.group = page.getByRole('group', { name: 'Mapping' });
    this.autoMatch = this.group.getByRole('button', { name: 'Auto-match' });
    this.undo = this.group.getByRole('button', { name: 'Undo' });
    this.redo = this.group.getByRole('button', { name: 'Redo' });
    this.exportMapping = this.group.getByRole('button', { name: 'Export mapping' });
    this.exportAssignmentMap = this.group.getByRole('button', { name: 'Export assignment map' });
  }

  async download(button: Locator): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    return download;
  }

  async importMapping(path: string): Promise<void> {
    await this.page.getByLabel('Mapping document file').setInputFiles(path);
  }
}
