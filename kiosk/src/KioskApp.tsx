import type { Service, ServiceStats } from '@reception/shared';
import { useConnection, type AppSocket } from '@reception/web-common';
import { ConfirmScreen } from './components/ConfirmScreen';
import { KioskHeader } from './components/KioskHeader';
import { LoadingScreen } from './components/LoadingScreen';
import { NeedsScreen } from './components/NeedsScreen';
import { NotSetUpScreen } from './components/NotSetUpScreen';
import { OfflineBanner } from './components/OfflineBanner';
import { ServicesScreen } from './components/ServicesScreen';
import { TicketScreen } from './components/TicketScreen';
import { useCheckInFlow, type CheckInFlow } from './hooks/useCheckInFlow';
import { useIdleReset } from './hooks/useIdleReset';
import { useKioskData } from './hooks/useKioskData';

/** A visitor who walks away part-way leaves nothing behind for the next person. */
const IDLE_RESET_MS = 60_000;

export function KioskApp({ socket }: { socket: AppSocket }) {
  const { state: connection } = useConnection(socket);
  const { snapshot, statsByService } = useKioskData(socket);
  const flow = useCheckInFlow(socket);
  const { state } = flow;
  const sending = state.screen === 'confirm' && state.submission?.status === 'sending';
  // The ticket screen has its own, shorter timer; a check-in in flight must be allowed to land.
  useIdleReset(state.screen !== 'services' && state.screen !== 'ticket' && !sending, IDLE_RESET_MS, flow.reset);

  if (connection === 'refused') return <NotSetUpScreen />;
  if (!snapshot) return <LoadingScreen offline={connection === 'offline'} />;
  const online = connection === 'online';
  return (
    <div className="kiosk">
      <KioskHeader siteName={snapshot.site.name} timeZone={snapshot.site.timeZone} serverNow={snapshot.serverNow} />
      {connection === 'offline' && <OfflineBanner />}
      <main className="kiosk-main">
        <CurrentScreen flow={flow} online={online} siteName={snapshot.site.name} timeZone={snapshot.site.timeZone} services={snapshot.services} statsByService={statsByService} />
      </main>
    </div>
  );
}

interface ScreenProps {
  flow: CheckInFlow;
  online: boolean;
  siteName: string;
  timeZone: string;
  services: readonly Service[];
  statsByService: ReadonlyMap<string, ServiceStats>;
}

function CurrentScreen({ flow, online, siteName, timeZone, services, statsByService }: ScreenProps) {
  const { state } = flow;
  switch (state.screen) {
    case 'services':
      return <ServicesScreen siteName={siteName} services={services} statsByService={statsByService} canCheckIn={online} onChoose={flow.chooseService} />;
    case 'needs':
      return <NeedsScreen service={state.service} needs={state.needs} onToggle={flow.toggleNeed} onContinue={flow.continueToConfirm} onBack={flow.back} />;
    case 'confirm':
      return (
        <ConfirmScreen
          service={state.service}
          needs={state.needs}
          submission={state.submission}
          online={online}
          onGetTicket={flow.getTicket}
          onBack={flow.back}
          onStartAgain={flow.reset}
        />
      );
    case 'ticket':
      return <TicketScreen key={state.result.visitId} result={state.result} timeZone={timeZone} onDone={flow.reset} />;
  }
}
