import { useCallback, useEffect, useState } from 'react';
import { localTimeOf, serviceDayOf, waitClock, type Appointment, type Me, type Notice, type Prompt, type PostNoticeRequest, type ResolvePromptRequest, type RoomView, type SetOpeningHoursRequest, type SetStandardsRequest, type Visit, type VisitCommand } from '@reception/shared';
import { send, useConnection, useServerNow, type AppSocket } from '@reception/web-common';
import { setAppointmentSettings, setOfficer, setOpeningHours, setRoomOutOfService, setStandards } from '../api/site-settings.js';
import { useCommands } from '../hooks/use-commands.js';
import { useConsoleState } from '../hooks/use-console-state.js';
import { useKeyShortcut } from '../hooks/use-key-shortcut.js';
import { usePromptArrivals } from '../hooks/use-prompt-arrivals.js';
import { useArrivalAlerts } from '../hooks/use-arrival-alerts.js';
import { ArrivalAlerts } from './ArrivalAlerts.js';
import { ArrivalQueries } from './ArrivalQueries.js';
import { StaffCheckInResult, type StaffCheckInNote } from './StaffCheckInResult.js';
import { staffCheckInMessage } from '../state/check-in-wording.js';
import { officerNameOf } from '../appointment-wording.js';
import { AppointmentsView, type AppointmentActions } from './AppointmentsView.js';
import type { AppointmentPromptHandlers } from './AppointmentPromptActions.js';
import type { BookingMode } from './BookingForm.js';
import { completedToday, myDeskSession, myOpenVisits, othersOpenVisits, waitingQueue } from '../state/selectors.js';
import { ActiveElsewhere } from './ActiveElsewhere.js';
import { DeskSignOn } from './DeskSignOn.js';
import { ErrorArea } from './ErrorArea.js';
import { Header, type HeaderCounts } from './Header.js';
import { NoticesPanel } from './NoticesPanel.js';
import { OfflineBanner } from './OfflineBanner.js';
import { PromptsPanel } from './PromptsPanel.js';
import { QueueTable } from './QueueTable.js';
import { ReportsPage } from './reports/ReportsPage.js';
import { RoomsPanel } from './RoomsPanel.js';
import { PersonalDataSettings } from './PersonalDataSettings.js';
import { SamplingBanner } from './SamplingBanner.js';
import { StandardsSettings } from './StandardsSettings.js';
import { VisitorPanel } from './VisitorPanel.js';
import { emptyQueueWording } from '../state/empty-queue-wording.js';
import './Console.css';

interface Props {
  me: Me;
  socket: AppSocket;
  onSignOut: () => Promise<void>;
  onSessionEnded: () => void;
}

const NOBODY_WAITING = 'Nobody is waiting for your services';

export function Console({ me, socket, onSignOut, onSessionEnded }: Props) {
  const { snapshot } = useConsoleState(socket);
  const arrivals = usePromptArrivals(socket);
  const connection = useConnection(socket);
  const commands = useCommands();
  const { run } = commands;
  const now = useServerNow(snapshot?.serverNow ?? null);
  const [changingDesk, setChangingDesk] = useState(false);
  const [nobodyWaiting, setNobodyWaiting] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [showStandards, setShowStandards] = useState(false);
  const [showAppointments, setShowAppointments] = useState(false);
  const [bookingRequest, setBookingRequest] = useState<BookingMode | null>(null);
  const arrivalAlerts = useArrivalAlerts(socket, snapshot);
  const [showReports, setShowReports] = useState(false);
  const [checkInNote, setCheckInNote] = useState<StaffCheckInNote | null>(null);
  const isManager = me.role !== 'advisor';

  useEffect(() => {
    if (connection.state === 'refused') onSessionEnded();
  }, [connection.state, onSessionEnded]);

  const session = snapshot ? myDeskSession(snapshot) : null;
  const myServiceIds = session ? new Set(session.serviceIds) : null;
  const queue = snapshot ? waitingQueue(snapshot) : [];
  // The same rule as the server's call-next: an arrived appointment waits for its own officer.
  const officerOfVisit = new Map((snapshot?.appointments ?? []).filter((a) => a.visitId).map((a) => [a.visitId, a.officerId]));
  const callableByMe = (v: Visit) => !v.appointmentId || officerOfVisit.get(v.id) === me.id;
  const nextForMe = myServiceIds ? (queue.find((v) => myServiceIds.has(v.serviceId) && callableByMe(v)) ?? null) : null;
  const heldForOthers = myServiceIds ? queue.filter((v) => myServiceIds.has(v.serviceId) && !callableByMe(v)).length : 0;
  const open = snapshot ? myOpenVisits(snapshot) : [];
  // The visitor in focus is the one last called, unless the advisor picked another of theirs.
  const focused = open.find((v) => v.id === focusId);
  const openVisits = focused ? [focused, ...open.filter((v) => v !== focused)] : open;
  const completed = snapshot ? completedToday(snapshot, now) : null;
  const counts: HeaderCounts | null =
    snapshot && completed
      ? {
          waiting: queue.length,
          overLimit: queue.filter((v) => waitClock(v, now).state === 'breached').length,
          completedToday: completed.site,
          completedByMe: completed.mine,
        }
      : null;

  const command = useCallback(
    (visit: Visit, c: VisitCommand) => {
      setNobodyWaiting(false);
      void run(() => send(socket, 'staff:visit-command', { visitId: visit.id, command: c }));
    },
    [run, socket],
  );

  const callTicket = useCallback(
    (visit: Visit) => {
      setNobodyWaiting(false);
      void run(() => send(socket, 'staff:visit-command', { visitId: visit.id, command: { type: 'call' } })).then((called) => {
        if (called) setFocusId(called.id);
      });
    },
    [run, socket],
  );

  const callNext = useCallback(() => {
    setNobodyWaiting(false);
    void run(() => send(socket, 'staff:call-next', {})).then((visit) => {
      if (visit === null) setNobodyWaiting(true);
      else if (visit) setFocusId(visit.id);
    });
  }, [run, socket]);

  const resolvePrompt = useCallback(
    (promptId: string, outcome: ResolvePromptRequest['outcome']) => void run(() => send(socket, 'staff:resolve-prompt', { promptId, outcome })),
    [run, socket],
  );

  const postNotice = (request: PostNoticeRequest) => run(() => send(socket, 'staff:post-notice', request)).then((notice) => notice !== undefined);
  const withdrawNotice = (notice: Notice) => void run(() => send(socket, 'staff:withdraw-notice', { noticeId: notice.id }));
  // Over HTTP; the server then sends every screen a fresh snapshot, so nothing is changed here.
  const setOutOfService = (room: RoomView, outOfService: boolean) => void run(() => setRoomOutOfService(me.siteId, room.id, outOfService));
  const saveStandards = (request: SetStandardsRequest) => run(() => setStandards(me.siteId, request));
  const saveHours = (hours: SetOpeningHoursRequest) => run(() => setOpeningHours(me.siteId, hours));

  const appointmentActions: AppointmentActions = {
    book: (mode, submission) =>
      run(() => {
        if (mode.kind === 'reschedule') return send(socket, 'staff:reschedule-appointment', { appointmentId: mode.appointment.id, startsAt: submission.startsAt, officerId: submission.officerId });
        if (mode.kind === 'rebook') return send(socket, 'staff:rebook-appointment', { appointmentId: mode.appointment.id, startsAt: submission.startsAt, officerId: submission.officerId });
        return send(socket, 'staff:book-appointment', { ...submission, promptId: mode.promptId });
      }),
    cancel: (appointment) => run(() => send(socket, 'staff:cancel-appointment', { appointmentId: appointment.id })),
    checkIn: async (appointmentId) => {
      const name = snapshot?.appointments.find((a) => a.id === appointmentId)?.visitorName ?? 'The visitor';
      const result = await run(() => send(socket, 'staff:check-in-appointment', { appointmentId }));
      if (result) setCheckInNote(staffCheckInMessage(name, result));
      return result;
    },
    handOver: (appointment, officerId) => run(() => send(socket, 'staff:reassign-appointment', { appointmentId: appointment.id, officerId })),
  };
  const openBooking = useCallback((mode: BookingMode) => {
    setShowStandards(false);
    setShowAppointments(true);
    setBookingRequest(mode);
  }, []);
  const appointmentHandlers: AppointmentPromptHandlers = {
    giveReason: (promptId, message) => void run(() => send(socket, 'staff:give-delay-reason', { promptId, message })),
    handOver: (appointment: Appointment, officerId: string) => void appointmentActions.handOver(appointment, officerId),
    rebook: (appointment: Appointment) => openBooking({ kind: 'rebook', appointment }),
    bookFromOffer: (prompt: Prompt) => {
      const visit = snapshot?.visits.find((v) => v.id === prompt.visitId);
      openBooking({ kind: 'book', promptId: prompt.id, serviceId: visit?.serviceId ?? null, ticket: prompt.ticket });
    },
  };
  const myOfficer = snapshot?.officers.find((o) => o.staffId === me.id) ?? null;
  const toggleAway = () => void run(() => send(socket, 'staff:set-away', { away: !myOfficer?.awaySince }));

  const signOn = (deskId: string, serviceIds: string[]) => {
    void run(() => send(socket, 'staff:desk-sign-on', { deskId, serviceIds })).then((result) => {
      if (result) setChangingDesk(false);
    });
  };

  const leaveDesk = () => {
    setChangingDesk(false);
    void run(() => send(socket, 'staff:desk-sign-off', {}));
  };

  // Socket.IO would buffer a command sent while offline and deliver it on reconnect, long
  // after the advisor was told it failed; so nothing is sent until the connection is back.
  const locked = commands.busy || connection.state !== 'online';
  const canCallNext = Boolean(session) && openVisits.length === 0 && !changingDesk && !locked;
  useKeyShortcut('n', canCallNext, callNext);

  const showSignOn = snapshot && (!session || changingDesk);
  const showVisitor = snapshot && (session || openVisits.length > 0);

  return (
    <div className="console">
      <Header
        me={me}
        snapshot={snapshot}
        session={session}
        counts={counts}
        busy={locked}
        signingOut={commands.busy}
        changingDesk={changingDesk}
        onChangeDesk={() => setChangingDesk(true)}
        onLeaveDesk={leaveDesk}
        onSignOut={() => void run(onSignOut)}
        standardsOpen={showStandards}
        onToggleStandards={
          isManager
            ? () => {
                setShowAppointments(false);
                setShowReports(false);
                setShowStandards((open) => !open);
              }
            : null
        }
        appointmentsOpen={showAppointments}
        onToggleAppointments={() => {
          setShowStandards(false);
          setShowReports(false);
          setShowAppointments((open) => !open);
        }}
        away={myOfficer ? myOfficer.awaySince !== null : null}
        onToggleAway={toggleAway}
        reportsOpen={showReports}
        onToggleReports={
          isManager
            ? () => {
                setShowStandards(false);
                setShowAppointments(false);
                setShowReports((open) => !open);
              }
            : null
        }
      />
      <SamplingBanner siteId={me.siteId} />
      {connection.state !== 'online' && connection.state !== 'refused' && <OfflineBanner state={connection.state} />}
      <ErrorArea message={commands.error} onDismiss={commands.dismiss} />
      {snapshot && <ArrivalAlerts snapshot={snapshot} alerts={arrivalAlerts.alerts} onDismiss={arrivalAlerts.dismiss} />}
      {/* On every page: a visitor at the kiosk is waiting for someone to confirm their booking. */}
      {snapshot && <ArrivalQueries snapshot={snapshot} busy={locked} onCheckIn={(id) => void appointmentActions.checkIn(id)} />}
      <StaffCheckInResult note={checkInNote} onDismiss={() => setCheckInNote(null)} />
      {snapshot && (
        <PromptsPanel snapshot={snapshot} arrivals={arrivals} now={now} busy={locked} onResolve={resolvePrompt} appointmentHandlers={appointmentHandlers} onInvalid={commands.fail} />
      )}
      {snapshot && showReports && isManager ? (
        <main className="console-main console-main--single">
          <ReportsPage run={run} busy={commands.busy} today={serviceDayOf(now, snapshot.site.timeZone)} onClose={() => setShowReports(false)} />
        </main>
      ) : snapshot && showAppointments ? (
        <main className="console-main console-main--single">
          <AppointmentsView
            snapshot={snapshot}
            now={now}
            busy={locked}
            mode={bookingRequest}
            onModeChange={setBookingRequest}
            actions={appointmentActions}
            onInvalid={commands.fail}
            onClose={() => setShowAppointments(false)}
          />
        </main>
      ) : snapshot && showStandards && isManager ? (
        <main className="console-main console-main--single">
          <div className="console-settings">
            <StandardsSettings
              snapshot={snapshot}
              busy={locked}
              onSave={saveStandards}
              onSaveHours={saveHours}
              onSaveAppointmentSettings={(settings) => run(() => setAppointmentSettings(me.siteId, settings))}
              onSaveOfficer={(staffId, request) => run(() => setOfficer(me.siteId, staffId, request))}
              onClose={() => setShowStandards(false)}
            />
            <PersonalDataSettings site={snapshot.site} busy={locked} run={run} />
          </div>
        </main>
      ) : snapshot ? (
        <main className="console-main">
          <div className="console-main__left">
            <div className="console-main__side">
              {showSignOn && (
                <DeskSignOn
                  snapshot={snapshot}
                  current={changingDesk ? session : null}
                  busy={locked}
                  onSignOn={signOn}
                  onCancel={changingDesk ? () => setChangingDesk(false) : null}
                  onInvalid={commands.fail}
                />
              )}
              {showVisitor && (
                <VisitorPanel
                  snapshot={snapshot}
                  openVisits={openVisits}
                  nextForMe={nextForMe}
                  heldForOthers={heldForOthers}
                  hasDesk={Boolean(session)}
                  now={now}
                  busy={locked}
                  notice={nobodyWaiting && !nextForMe ? (heldForOthers > 0 ? emptyQueueWording(heldForOthers) : NOBODY_WAITING) : null}
                  onCallNext={callNext}
                  onCommand={command}
                  onFocus={setFocusId}
                  onInvalid={commands.fail}
                />
              )}
              <ActiveElsewhere snapshot={snapshot} visits={othersOpenVisits(snapshot)} now={now} />
            </div>
            <div className="console-main__extra">
              <RoomsPanel snapshot={snapshot} busy={locked} onSetOutOfService={setOutOfService} />
              <NoticesPanel snapshot={snapshot} now={now} busy={locked} onPost={postNotice} onWithdraw={withdrawNotice} onInvalid={commands.fail} />
            </div>
          </div>
          <QueueTable
            visits={queue}
            services={snapshot.services}
            forecasts={snapshot.forecasts}
            timeZone={snapshot.site.timeZone}
            myServiceIds={myServiceIds}
            nextForMe={nextForMe}
            now={now}
            busy={locked}
            onCall={callTicket}
            onOfferRoom={(visit) => command(visit, { type: 'request-room' })}
            appointmentNote={(visit) => {
              const a = snapshot.appointments.find((x) => x.visitId === visit.id);
              return a ? `${localTimeOf(a.startsAt, snapshot.site.timeZone)} with ${officerNameOf(snapshot.officers, a.officerId)}` : null;
            }}
          />
        </main>
      ) : (
        <p className="console-loading" role="status">
          Loading the queue…
        </p>
      )}
    </div>
  );
}
