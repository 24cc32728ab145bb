import { useRef } from 'react';
import { useAnnouncer } from '../announce/use-announcer';
import { useDisplaySocket } from '../hooks/use-display-socket';
import { useFitToScreen } from '../hooks/use-fit-to-screen';
import { useHighlight } from '../hooks/use-highlight';
import { useTimePassed } from '../hooks/use-time-passed';
import { waitingView } from '../state/waiting-view';
import { BoardHeader } from './BoardHeader';
import { EnableSoundButton } from './EnableSoundButton';
import { Notices } from './Notices';
import { NowCalling } from './NowCalling';
import { OfflineBanner } from './OfflineBanner';
import { RecentCalls } from './RecentCalls';
import { Unpaired } from './Unpaired';
import { WaitingPanel } from './WaitingPanel';

/** How long a first connection may take before the board admits it is not getting through. */
const FIRST_CONNECT_GRACE_MS = 3000;

export function Board({ deviceToken }: { deviceToken: string }) {
  const { announce, enableSound, soundEnabled } = useAnnouncer();
  const { board, connection } = useDisplaySocket(deviceToken, announce);
  const highlighted = useHighlight(board.liveCallCount);
  const boardRef = useRef<HTMLDivElement>(null);
  useFitToScreen(boardRef, board);
  const slowToConnect = useTimePassed(FIRST_CONNECT_GRACE_MS);

  if (connection === 'refused') return <Unpaired />;
  const offline = connection !== 'online';

  if (!board.site) {
    return (
      <main className="full-screen-message">
        {connection === 'offline' || slowToConnect ? <OfflineBanner /> : <h1>Connecting to the queue…</h1>}
      </main>
    );
  }

  const [latest, ...earlier] = board.calls;
  return (
    <div className="board" ref={boardRef}>
      {/* In the header's place: the first thing seen, and the calls below stay where they were. */}
      {offline ? <OfflineBanner /> : <BoardHeader site={board.site} serverNow={board.serverNow} />}
      <main className="board-main">
        <div className="calls-column">
          <NowCalling call={latest ?? null} highlighted={highlighted} />
          <RecentCalls calls={earlier} />
        </div>
        <WaitingPanel services={waitingView(board)} promiseMinutes={board.site.standards.walkInMinutes} />
      </main>
      <footer className="board-footer">
        {board.notices.length > 0 ? <Notices notices={board.notices} /> : <p className="instruction">Please keep your ticket, and watch and listen for your number.</p>}
        {!soundEnabled && <EnableSoundButton onEnable={enableSound} />}
      </footer>
    </div>
  );
}
