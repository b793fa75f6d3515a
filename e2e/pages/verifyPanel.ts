import { expect, type Locator, type Page } from '@playwright/test';

/** The right "Verify" tab: backend, weights, inputs and run results. */
export class VerifyPanel {
  readonly region: Locator;
  readonly backend: Locator;
  readonly backendInUse: Locator;
  readonly loadWeights: Locator;
  readonly weightsStatus: Locator;
  readonly missingWeights: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Verify' });
    this.backend = this.region.getByRole('combobox', { name: 'Backend' });
    this.backendInUse = this.region.getByRole('status', { name: 'Backend in use' });
    this.loadWeights = this.region.getByRole('button', { name: 'Load weights' });
    this.weightsStatus = this.region.getByRole('status', { name: 'Weights status' });
    this.missingWeights = this.region.getByRole('list', { name: 'Missing weights' });
    this.error = this.region.getByRole('alert');
  }

  async show(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Verify' }).click();
    await expect(this.region).toBeVisible();
  }

  /** Runs the user's own files (images or a preprocessed .npy) through the model. */
  async runFiles(paths: string[]): Promise<void> {
    await this.region.getByLabel('Images or preprocessed .npy to run').setInputFiles(paths);
  }

  /** Drops files (fetched from the app's own samples) on the Verify drop zone, as a user would. */
  /** Drops built-in samples on Verify, plus any `others` given as file name → text content. */
  async dropSamples(files: string[], others: Record<string, string> = {}): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      async ([names, extra]) => {
        const dt = new DataTransfer();
        for (const name of names) {
          const blob = await (await fetch(`samples/${name}`)).blob();
          dt.items.add(new File([blob], name, { type: blob.type }));
        }
        for (const [name, text] of Object.entries(extra)) dt.items.add(new File([text], name));
        return dt;
      },
      [files, others] as const,
    );
    const zone = this.region.getByText(/^Drop images/);
    await zone.dispatchEvent('dragenter', { dataTransfer });
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
  }

  async runSample(label: string): Promise<void> {
    await this.region.getByRole('button', { name: `Run sample ${label}` }).click();
  }

  run(id: number): Locator {
    return this.region.getByRole('article', { name: `Run ${id}` });
  }

  /** The top-5 rows (probability, bar, label) of one input of a run. */
  top5(runId: number, inputName: string): Locator {
    return this.run(runId)
      .getByRole('table', { name: `Top-5 for ${inputName}` })
      .getByRole('row');
  }

  async compareReference(runId: number, path: string): Promise<Locator> {
    await this.run(runId).getByLabel(`Reference logits for run ${runId}`).setInputFiles(path);
    return this.run(runId).getByRole('status', { name: 'Reference comparison' });
  }

  async openStats(runId: number): Promise<void> {
    await this.run(runId)
      .getByText(/^Activation statistics/)
      .click();
  }

  activationTable(runId: number): Locator {
    return this.run(runId).getByRole('table', { name: `Activation statistics of run ${runId}` });
  }
}
