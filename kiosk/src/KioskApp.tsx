import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isNoticeActive, isOpenAt, localTimeOf, type LanguageCode, type Notice, type Service, type ServiceStats } from '@reception/shared';
import { useConnection, useServerNow, type AppSocket } from '@reception/web-common';
import { ClosedScreen } from './components/ClosedScreen';
import { ConfirmScreen } from './components/ConfirmScreen';
import { IdleWarning } from './components/IdleWarning';
import { InterpreterScreen } from './components/InterpreterScreen';
import { KioskHeader } from './components/KioskHeader';
import { LanguageScreen } from './components/LanguageScreen';
import { LoadingScreen } from './components/LoadingScreen';
import { NeedsScreen } from './components/NeedsScreen';
import { NotSetUpScreen } from './components/NotSetUpScreen';
import { OfflineBanner } from './components/OfflineBanner';
import { ServicesScreen } from './components/ServicesScreen';
import { TicketScreen } from './components/TicketScreen';
import { useCheckInFlow, type CheckInFlow } from './hooks/useCheckInFlow';
import { useContrastMode } from './hooks/useContrastMode';
import { useIdleTimer } from './hooks/useIdleTimer';
import { useKioskData } from './hooks/useKioskData';
import { AppointmentFlow } from './components/appointment/AppointmentFlow';
import { currentLanguage } from './i18n';

/** A visitor who walks away part-way leaves nothing behind for the next person. */
const IDLE_RESET_MS = 60_000;
/** Long enough to read the warning and reach the button. */
const IDLE_WARNING_MS = 45_000;

export function KioskApp({ socket }: { socket: AppSocket }) {
  const { state: connection } = useConnection(socket);
  const { snapshot, statsByService, notices } = useKioskData(socket);
  const flow = useCheckInFlow(socket);
  const { on: largeTextOn, toggle: toggleLargeText, reset: resetLargeText } = useContrastMode();
  const { i18n } = useTranslation();
  const now = useServerNow(snapshot?.serverNow ?? null);
  const { state, reset: resetFlow } = flow;
  const site = snapshot?.site ?? null;

  // A ticket already handed out stays on screen at closing time; anything else gives way.
  const closed = site !== null && !isOpenAt(site.openingHours, now, site.timeZone) && state.screen !== 'ticket';
  const language = currentLanguage();
  const customised = largeTextOn || language !== 'en';
  const atStart = state.screen === 'language' && state.resume === null;
  const sending = state.screen === 'confirm' && state.submission?.status === 'sending';

  /** Ready for the next visitor: the first screen, in English, normal text. */
  const resetKiosk = useCallback(() => {
    resetFlow();
    resetLargeText();
    void i18n.changeLanguage('en');
  }, [resetFlow, resetLargeText, i18n]);

  // A half-finished check-in cannot be completed once the site closes.
  useEffect(() => {
    if (closed) resetFlow();
  }, [closed, resetFlow]);

  const chooseLanguage = useCallback(
    (code: LanguageCode) => {
      void i18n.changeLanguage(code);
      flow.languageChosen();
    },
    [i18n, flow],
  );

  // The ticket screen has its own, shorter timer; a check-in in flight must be allowed to land.
  // The first screen only needs clearing if someone changed its language or text size.
  const idleEnabled = closed ? customised : (!atStart || customised) && state.screen !== 'ticket' && !sending;
  const idle = useIdleTimer(idleEnabled, IDLE_WARNING_MS, IDLE_RESET_MS, resetKiosk);

  if (connection === 'refused') return <NotSetUpScreen />;
  if (!snapshot || !site) return <LoadingScreen offline={connection === 'offline'} />;
  const online = connection === 'online';
  const activeNotices = notices.filter((n) => isNoticeActive(n, now));
  return (
    <div className="kiosk">
      <KioskHeader
        siteName={site.name}
        time={localTimeOf(now, site.timeZone)}
        largeText={largeTextOn}
        onToggleLargeText={toggleLargeText}
        onChangeLanguage={closed || state.screen === 'language' ? undefined : flow.changeLanguage}
        changeLanguageDisabled={sending}
      />
      {connection === 'offline' && <OfflineBanner />}
      <main className="kiosk-main">
        {closed ? (
          <ClosedScreen site={site} now={now} onChooseLanguage={(code) => void i18n.changeLanguage(code)} />
        ) : (
          <CurrentScreen
            socket={socket}
            now={now}
            flow={flow}
            online={online}
            language={language}
            siteName={site.name}
            timeZone={site.timeZone}
            services={snapshot.services}
            statsByService={statsByService}
            notices={activeNotices}
            onChooseLanguage={chooseLanguage}
            onDone={resetKiosk}
          />
        )}
      </main>
      {idle.secondsLeft !== null && <IdleWarning secondsLeft={idle.secondsLeft} onMoreTime={idle.stillHere} />}
    </div>
  );
}

interface ScreenProps {
  socket: AppSocket;
  now: number;
  flow: CheckInFlow;
  online: boolean;
  language: LanguageCode;
  siteName: string;
  timeZone: string;
  services: readonly Service[];
  statsByService: ReadonlyMap<string, ServiceStats>;
  notices: readonly Notice[];
  onChooseLanguage: (code: LanguageCode) => void;
  /** The visitor has finished: ready the kiosk for the next one. */
  onDone: () => void;
}

function CurrentScreen({ socket, now, flow, online, language, siteName, timeZone, services, statsByService, notices, onChooseLanguage, onDone }: ScreenProps) {
  const { state } = flow;
  switch (state.screen) {
    case 'language':
      return <LanguageScreen current={state.resume ? language : null} onChoose={onChooseLanguage} />;
    case 'services':
      return (
        <ServicesScreen
          siteName={siteName}
          services={services}
          statsByService={statsByService}
          canCheckIn={online}
          notices={notices}
          onChoose={flow.chooseService}
          onHaveAppointment={flow.haveAppointment}
        />
      );
    case 'appointment':
      return <AppointmentFlow socket={socket} online={online} timeZone={timeZone} now={now} notices={notices} onBack={flow.back} onDone={onDone} />;
    case 'needs':
      return (
        <NeedsScreen
          service={state.service}
          needs={state.needs}
          onToggle={flow.toggleNeed}
          onInterpreter={() => {
            // Someone reading the kiosk in English wants some other language: ask which. Otherwise
            // the kiosk's language is the likely one, noted in one tap and easy to change.
            if (state.needs.interpreter !== null) flow.setInterpreter(null);
            else if (language === 'en') flow.pickInterpreter();
            else flow.setInterpreter(language);
          }}
          onChangeInterpreterLanguage={flow.pickInterpreter}
          onContinue={flow.continueToConfirm}
          onBack={flow.back}
        />
      );
    case 'interpreter':
      return <InterpreterScreen chosen={state.needs.interpreter} onChoose={flow.setInterpreter} onBack={flow.back} />;
    case 'confirm':
      return (
        <ConfirmScreen
          service={state.service}
          needs={state.needs}
          submission={state.submission}
          online={online}
          onGetTicket={flow.getTicket}
          onBack={flow.back}
          onStartAgain={flow.startAgain}
        />
      );
    case 'ticket':
      return <TicketScreen key={state.result.visitId} result={state.result} timeZone={timeZone} notices={notices} onDone={onDone} />;
  }
}
