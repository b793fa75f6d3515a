import { expect, test } from './fixtures';
import { shared } from './pages/appPage';

const oracle = (f: string) => shared('oracle', 'nasnet-mobile', f);

// The Compare tab's pair list: a long name may wrap, but each row's status ("only in A") stays on
// one line, beside the name, instead of breaking into "only in" / "A".
test('compare pair list: statuses stay on one line beside long names', async ({ page, app }) => {
  await app.goto();
  await app.openFiles([oracle('model.ckpt.index'), oracle('model.ckpt.data-00000-of-00001')]);
  await expect(app.openedSource()).toContainText('model.ckpt');
  // B: the PNASNet-5 Mobile oracle — most names are only in A or only in B, many of them long.
  await app.idleAfter(() =>
    page
      .getByTestId('compare-files-input')
      .setInputFiles([
        shared('oracle', 'pnasnet-mobile', 'model.ckpt.index'),
        shared('oracle', 'pnasnet-mobile', 'model.ckpt.data-00000-of-00001'),
      ]),
  );
  const panel = page.getByRole('region', { name: 'Comparison' });
  const statuses = panel.locator('.compare-row > span:last-child');
  await expect(statuses.first()).toBeVisible();
  const lines = await statuses.evaluateAll((els) =>
    els.slice(0, 200).map((el) => {
      const r = el.getBoundingClientRect();
      const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 18;
      return { text: el.textContent, lines: Math.round(r.height / lineHeight) };
    }),
  );
  expect(lines.length).toBeGreaterThan(20);
  expect(lines.filter((l) => l.lines > 1)).toEqual([]);
  await app.screenshot('compare-list-layout');
});
