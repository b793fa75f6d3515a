import { expect, type Locator, type Page } from '@playwright/test';
import { resolve } from 'node:path';

/** Shared files beside the project (never copied into it). */
export const shared = (...parts: string[]): string => resolve(process.cwd(), '..', 'shared', ...parts);

/** The application shell: toolbar, open inputs, idle signal, notifications. */
export class AppPage {
  readonly toolbar: Locator;
  readonly notifications: Locator;
  readonly statusBar: Locator;

  constructor(readonly page: Page) {
    this.toolbar = page.getByRole('banner', { name: 'Toolbar' });
    this.notifications = page.getByRole('region', { name: 'Notifications' });
    this.statusBar = page.getByRole('contentinfo', { name: 'Status bar' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await this.waitIdle();
  }

  /** Waits until no task (open, match, import…) is running. */
  async waitIdle(): Promise<void> {
    await expect(this.page.locator('.app[data-busy="false"]')).toBeVisible();
  }

  openedSource(): Locator {
    return this.page.getByRole('group', { name: 'Open checkpoint' });
  }

  /** Opens files through the hidden "Open files…" input, as a user picking them would. */
  async openFiles(paths: string[]): Promise<void> {
    await this.page.getByLabel('Checkpoint files').setInputFiles(paths);
    await this.page.waitForTimeout(50);
    await this.waitIdle();
  }

  errorToasts(): Locator {
    return this.notifications.getByRole('alert');
  }

  async dismissToasts(): Promise<void> {
    for (const button of await this.notifications
      .getByRole('button', { name: 'Dismiss notification' })
      .all()) {
      await button.click();
    }
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `/tmp/shots/${name}.png` });
  }
}
