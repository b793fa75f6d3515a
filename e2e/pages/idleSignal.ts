import type { Page } from 'playwright-core';

/** The app window once no task runs and the work in progress is saved (`data-busy`, src/ui/shell/App.tsx). */
export const IDLE = '.app[data-busy="false"]';

/** The app's idle signal, then two frames: nothing left over from earlier input or work. */
export async function waitSettled(page: Page): Promise<void> {
  await page.locator(IDLE).waitFor();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
