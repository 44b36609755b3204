import { Paragraph } from '@utrecht/component-library-react';
import type { AssemblyState } from '../../../services/assembly/assembly-state.js';
import { presentText, progressText, structureKey, tallyText } from '../../assembly/live-texts.js';

/**
 * The live lines of a meeting: presence and the progress of the open vote. The script updates the texts
 * (aria-live="polite", so a screen reader hears the new count) and reloads when a vote opens or closes.
 */
export function LiveStatus({ state, showPresence = true }: { state: AssemblyState; showPresence?: boolean }) {
  const stream = `/vergaderingen/${state.meeting.id}/live`;
  return (
    <div className="mm-live" data-live-stream={stream} data-live-key={structureKey(state)}>
      {state.open ? <Paragraph className="mm-live__subject">{state.open.subject}</Paragraph> : null}
      <Paragraph lead className="mm-live__progress">
        <span data-live="progress" aria-live="polite">
          {progressText(state)}
        </span>
      </Paragraph>
      {state.liveTally && state.open ? (
        <Paragraph>
          <span data-live="tally" aria-live="polite">
            {tallyText(state)}
          </span>
        </Paragraph>
      ) : null}
      {showPresence ? (
        <Paragraph>
          <span data-live="present" aria-live="polite">
            {presentText(state)}
          </span>
        </Paragraph>
      ) : null}
      <script src="/assets/live-vergadering.js" defer />
    </div>
  );
}
