import type { AckFn } from './errors.js';
import type {
  Appointment,
  ArrivalAlert,
  ArrivalQuery,
  BookAppointmentRequest,
  CancelAppointmentRequest,
  GiveDelayReasonRequest,
  Officer,
  RebookAppointmentRequest,
  ReassignAppointmentRequest,
  RescheduleAppointmentRequest,
  SetAwayRequest,
  StaffCheckInRequest,
} from './schemas/appointments.js';
import type { AppointmentCheckInRequest, AppointmentCheckInResult } from './schemas/appointment-check-in.js';
import type { CheckInRequest, DeskSignOnRequest, EmptyRequest, VisitCommandRequest } from './schemas/messages.js';
import type { Prompt, ResolvePromptRequest } from './schemas/prompts.js';
import type { Notice, PostNoticeRequest, RoomView, WithdrawNoticeRequest } from './schemas/rooms-notices.js';
import type { DeskSession } from './schemas/site.js';
import type { Visit } from './schemas/visit.js';
import type {
  CallAnnouncement,
  CheckInResult,
  DisplaySnapshot,
  KioskSnapshot,
  PublicTicket,
  ServiceStats,
  StaffSnapshot,
  VisitForecastView,
} from './schemas/views.js';

/**
 * Client → server. Every payload is validated on arrival against the schema of the
 * same name; every call answers through its ack with `Ack<T>`.
 */
export interface ClientToServerEvents {
  'kiosk:check-in': (req: CheckInRequest, ack: AckFn<CheckInResult>) => void;
  'staff:desk-sign-on': (req: DeskSignOnRequest, ack: AckFn<DeskSession>) => void;
  'staff:desk-sign-off': (req: EmptyRequest, ack: AckFn<null>) => void;
  /** Calls the waiting visitor closest to breaching their limit among the desk's services. */
  'staff:call-next': (req: EmptyRequest, ack: AckFn<Visit | null>) => void;
  'staff:visit-command': (req: VisitCommandRequest, ack: AckFn<Visit>) => void;
  /** Records what the visitor chose (or a manager's acknowledgement); the first answer wins. */
  'staff:resolve-prompt': (req: ResolvePromptRequest, ack: AckFn<Prompt>) => void;
  'staff:post-notice': (req: PostNoticeRequest, ack: AckFn<Notice>) => void;
  'staff:withdraw-notice': (req: WithdrawNoticeRequest, ack: AckFn<Notice>) => void;
  /** "I have an appointment": by booking reference, or by surname letter and time. */
  'kiosk:appointment-check-in': (req: AppointmentCheckInRequest, ack: AckFn<AppointmentCheckInResult>) => void;
  'staff:book-appointment': (req: BookAppointmentRequest, ack: AckFn<Appointment>) => void;
  'staff:reschedule-appointment': (req: RescheduleAppointmentRequest, ack: AckFn<Appointment>) => void;
  'staff:cancel-appointment': (req: CancelAppointmentRequest, ack: AckFn<Appointment>) => void;
  /** Hands an appointment (arrived or not) to another officer of the service. */
  'staff:reassign-appointment': (req: ReassignAppointmentRequest, ack: AckFn<Appointment>) => void;
  /** Makes a new appointment in place of this one; answers with the new appointment. */
  'staff:rebook-appointment': (req: RebookAppointmentRequest, ack: AckFn<Appointment>) => void;
  'staff:check-in-appointment': (req: StaffCheckInRequest, ack: AckFn<AppointmentCheckInResult>) => void;
  'staff:set-away': (req: SetAwayRequest, ack: AckFn<Officer>) => void;
  'staff:give-delay-reason': (req: GiveDelayReasonRequest, ack: AckFn<Prompt>) => void;
  /** Asks for a fresh snapshot for this socket's audience (also sent unasked on every connect). */
  'sync:snapshot': (req: EmptyRequest, ack: AckFn<null>) => void;
}

/** Server → client, by audience room. Display and kiosk rooms never receive a `Visit`. */
export interface ServerToClientEvents {
  'staff:snapshot': (snapshot: StaffSnapshot) => void;
  'staff:visit': (visit: Visit) => void;
  'staff:desk-sessions': (sessions: DeskSession[]) => void;
  /** A prompt raised or resolved: show it while open, remove it once resolved. */
  'staff:prompt': (prompt: Prompt) => void;
  'staff:rooms': (rooms: RoomView[]) => void;
  /** Forecasts that moved (by a minute or more) since last sent: merge by visitId. */
  'staff:forecasts': (forecasts: VisitForecastView[]) => void;
  /** An appointment booked, moved or changed state (staff only: it carries the visitor's name). */
  'staff:appointment': (appointment: Appointment) => void;
  /** To the assigned officer's consoles only: their visitor has arrived (or been handed to them). */
  'staff:appointment-arrived': (alert: ArrivalAlert) => void;
  'staff:officers': (officers: Officer[]) => void;
  /** Kiosk look-ups that matched more than one booking, still to be settled by reception. */
  'staff:arrival-queries': (queries: ArrivalQuery[]) => void;
  /** The notices currently showing (delay reasons, reception unattended), to every audience. */
  'public:notices': (notices: Notice[]) => void;
  'display:snapshot': (snapshot: DisplaySnapshot) => void;
  'display:ticket': (ticket: PublicTicket) => void;
  'display:announce': (call: CallAnnouncement) => void;
  'kiosk:snapshot': (snapshot: KioskSnapshot) => void;
  'queue:stats': (stats: ServiceStats[]) => void;
}

export type ClientEventName = keyof ClientToServerEvents;
export type ServerEventName = keyof ServerToClientEvents;

/**
 * The client → server events at run time, for tests that must cover every one. The
 * compiler refuses this object if an event is added to the map above and not here (or the
 * other way round), so a table built from it cannot silently miss a new event.
 */
const CLIENT_EVENTS = {
  'kiosk:check-in': true,
  'staff:desk-sign-on': true,
  'staff:desk-sign-off': true,
  'staff:call-next': true,
  'staff:visit-command': true,
  'staff:resolve-prompt': true,
  'staff:post-notice': true,
  'staff:withdraw-notice': true,
  'sync:snapshot': true,
  'kiosk:appointment-check-in': true,
  'staff:book-appointment': true,
  'staff:reschedule-appointment': true,
  'staff:cancel-appointment': true,
  'staff:reassign-appointment': true,
  'staff:rebook-appointment': true,
  'staff:check-in-appointment': true,
  'staff:set-away': true,
  'staff:give-delay-reason': true,
} as const satisfies Record<ClientEventName, true>;

export const CLIENT_EVENT_NAMES = Object.keys(CLIENT_EVENTS) as readonly ClientEventName[];

/** What a device or a browser sends in the Socket.IO handshake `auth` field. */
export interface HandshakeAuth {
  deviceToken?: string;
}
