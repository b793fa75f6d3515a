import { test as base } from '@playwright/test';
import { AppPage } from './pages/appPage';
import { DetailsPanel } from './pages/detailsPanel';
import { GraphListPanel } from './pages/graphListPanel';
import { GraphPanel } from './pages/graphPanel';
import { MappingToolbar } from './pages/mappingToolbar';
import { PrivacyProbe } from './pages/privacyProbe';
import { ReportPanel } from './pages/reportPanel';
import { SetNpyBox } from './pages/setNpy';
import { TreePanel } from './pages/treePanel';
import { VerifyPanel } from './pages/verifyPanel';

/** The app's page objects as Playwright fixtures: a test names what it uses, each is made on demand. */
export interface AppFixtures {
  app: AppPage;
  tree: TreePanel;
  /** The graph variable list (left pane, Graph tab). */
  graph: GraphListPanel;
  /** The drawn model graph (centre pane). */
  modelGraph: GraphPanel;
  details: DetailsPanel;
  toolbar: MappingToolbar;
  report: ReportPanel;
  verify: VerifyPanel;
  /** "Set from .npy…" in the details of the selected graph variable. */
  npy: SetNpyBox;
  /** Records every request of the context from before the page loads. */
  probe: PrivacyProbe;
}

export const test = base.extend<AppFixtures>({
  app: async ({ page }, use, info) => use(new AppPage(page, info)),
  tree: async ({ page }, use) => use(new TreePanel(page)),
  graph: async ({ page }, use) => use(new GraphListPanel(page)),
  modelGraph: async ({ page }, use) => use(new GraphPanel(page)),
  details: async ({ page }, use) => use(new DetailsPanel(page)),
  toolbar: async ({ page }, use) => use(new MappingToolbar(page)),
  report: async ({ page }, use) => use(new ReportPanel(page)),
  verify: async ({ page }, use) => use(new VerifyPanel(page)),
  npy: async ({ page, details }, use) => use(new SetNpyBox(page, details.graphSection)),
  probe: async ({ context, baseURL }, use) => use(new PrivacyProbe(context, new URL(baseURL!).origin)),
});

export { expect } from '@playwright/test';
