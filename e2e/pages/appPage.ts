import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { resolve } from 'node:path';
import { IDLE } from './idleSignal';

/** Shared files beside the project (never copied into it). */
export const shared = (...parts: string[]): string => resolve(process.cwd(), '..', 'shared', ...parts);

/** The application shell: toolbar, open inputs, idle signal, notifications. */
export class AppPage {
  readonly toolbar: Locator;
  readonly notifications: Locator;
  readonly statusBar: Locator;

  constructor(
    readonly page: Page,
    private readonly info: TestInfo,
  ) {
    this.toolbar = page.getByRole('banner', { name: 'Toolbar' });
    this.notifications = page.getByRole('region', { name: 'Notifications' });
    this.statusBar = page.getByRole('contentinfo', { name: 'Status bar' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await this.waitIdle();
  }

  /** Waits until no task (open, match, import…) is running and the work in progress is saved. */
  async waitIdle(): Promise<void> {
    await expect(this.page.locator(IDLE)).toBeVisible();
  }

  /** How much work (tasks, saves) the app has started so far: the idle signal's counter. */
  async activity(): Promise<number> {
    return Number(await this.page.locator('.app').getAttribute('data-activity'));
  }

  /** Does `action`, waits until the app has started work for it, then until it is idle again. */
  async idleAfter(action: () => Promise<unknown>): Promise<void> {
    const before = await this.activity();
    await action();
    await expect.poll(() => this.activity()).toBeGreaterThan(before);
    await this.waitIdle();
  }

  openedSource(): Locator {
    return this.page.getByRole('group', { name: 'Open checkpoint' });
  }

  /** Opens files through the hidden "Open files…" input, as a user picking them would. */
  async openFiles(paths: string[]): Promise<void> {
    await this.idleAfter(() => this.page.getByLabel('Checkpoint files').setInputFiles(paths));
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

  /** A screenshot in this test's output folder (test-results/<test>/<name>.png). */
  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: this.info.outputPath(`${name}.png`) });
  }
}
