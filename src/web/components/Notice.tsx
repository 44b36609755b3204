import type { ReactNode } from 'react';

/** A confirmation after a successful action, announced politely (role=status) in the NL Design System alert style. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="utrecht-alert utrecht-alert--ok mm-notice" role="status">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
