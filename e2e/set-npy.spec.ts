import { expect, test } from './fixtures';
import { writeNpy } from './pages/setNpy';

const TARGET = 'final_layer/FC/biases';
const ramp = (n: number, scale: number): number[] => Array.from({ length: n }, (_, i) => i * scale);

test('set a graph variable from .npy: set and undone, wrong shape refused, float64 noticed', async ({
  app,
  graph,
  details,
  toolbar,
  report,
  npy,
}) => {
  await app.goto();

  await report.show();
  const before = await report.coverage();
  expect(before[0]).toBeGreaterThan(0);

  await graph.select(TARGET);
  await details.show();
  await expect(details.graphSection).toContainText(TARGET);
  await expect(npy.weightsSource).toContainText(`tower_0/${TARGET}`);
  const original = (await npy.weightsSource.textContent()) ?? '';
  const originalHow = (await npy.how.textContent()) ?? '';
  expect(originalHow).not.toBe('npy');

  // Wrong shape: refused with the reason in place, the existing pair and counts untouched.
  await npy.pick(writeNpy('wrong_shape.npy', '<f4', [1000], ramp(1000, 0.001)));
  await expect(npy.refusal).toContainText('wrong_shape.npy refused');
  await expect(npy.refusal).toContainText(/1000/);
  await expect(npy.refusal).toContainText(/1001/);
  await expect(npy.weightsSource).toHaveText(original);
  await report.show();
  await expect.poll(() => report.coverage()).toEqual(before);

  // Right shape, float32: the pair now comes from that file ('npy'); undo restores the original.
  await details.show();
  await npy.pick(writeNpy('fc_biases.npy', '<f4', [1001], ramp(1001, 0.001)));
  await expect(npy.weightsSource).toContainText('fc_biases.npy');
  await expect(npy.how).toHaveText('npy');
  await expect(npy.refusal).toHaveCount(0);
  await expect(npy.notices).toHaveCount(0);
  await toolbar.undo.click();
  await expect(npy.weightsSource).toHaveText(original);
  await expect(npy.how).toHaveText(originalHow);
  await report.show();
  await expect.poll(() => report.coverage()).toEqual(before);

  // float64 of the right shape: set as float32 with a notice saying so.
  await details.show();
  await npy.pick(writeNpy('fc_biases_f64.npy', '<f8', [1001], ramp(1001, 0.5)));
  await expect(npy.weightsSource).toContainText('fc_biases_f64.npy');
  await expect(npy.how).toHaveText('npy');
  await expect(npy.notices.first()).toContainText(/float64/i);
  await expect(npy.notices.first()).toContainText(/float32/i);
  await app.screenshot('set-npy');
});
