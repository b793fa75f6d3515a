import { useAppStore } from '../../state/store';
import { Tabs } from '../common/Tabs';
import { GraphVariableList } from '../matching/GraphVariableList';
import { ScopeTreePanel } from '../scope-tree/ScopeTreePanel';
import { SourceHeader } from './SourceHeader';

/** Left side: the checkpoint tree, or the list of the graph's variables (to pick a mapping target). */
export function LeftPane() {
  const tab = useAppStore((s) => s.leftTab);
  const setTab = useAppStore((s) => s.setLeftTab);
  return (
    <>
      <SourceHeader />
      <Tabs
        label="Variables"
        active={tab}
        onChange={setTab}
        tabs={[
          { id: 'checkpoint', label: 'Checkpoint', render: () => <ScopeTreePanel /> },
          { id: 'graph', label: 'Graph variables', render: () => <GraphVariableList /> },
        ]}
      />
    </>
  );
}
