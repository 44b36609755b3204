import { DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** One key–value line of a detail page's data list. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}
