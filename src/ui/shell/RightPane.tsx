import { useAppStore } from '../../state/store';
import { Tabs } from '../common/Tabs';
import { DetailsPanel } from '../details/DetailsPanel';
import { ReportPanel } from '../matching/ReportPanel';
import { VerifyPanel } from '../verify/VerifyPanel';
import { ComparePanel } from '../compare/ComparePanel';

/** Right side: details of the selection, the mismatch report, and Verify. */
export function RightPane() {
  const tab = useAppStore((s) => s.rightTab);
  const setTab = useAppStore((s) => s.setRightTab);
  return (
    <Tabs
      label="Inspector"
      active={tab}
      onChange={setTab}
      tabs={[
        { id: 'details', label: 'Details', render: () => <DetailsPanel /> },
        { id: 'report', label: 'Report', render: () => <ReportPanel /> },
        { id: 'verify', label: 'Verify', render: () => <VerifyPanel /> },
        { id: 'compare', label: 'Compare', render: () => <ComparePanel /> },
      ]}
    />
  );
}
