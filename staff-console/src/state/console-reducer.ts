import type { Appointment, ArrivalQuery, DeskSession, Notice, Officer, Prompt, RoomView, ServiceStats, StaffSnapshot, Visit, VisitForecastView } from '@reception/shared';

/**
 * Everything the console knows comes from the server: a snapshot on every (re)connect,
 * then deltas. Nothing here is changed optimistically, so the screen never shows a
 * state the server has refused.
 */
export interface ConsoleState {
  snapshot: StaffSnapshot | null;
}

export type ConsoleAction =
  | { type: 'snapshot'; snapshot: StaffSnapshot }
  | { type: 'visit'; visit: Visit }
  | { type: 'desk-sessions'; sessions: DeskSession[] }
  | { type: 'stats'; stats: ServiceStats[] }
  | { type: 'prompt'; prompt: Prompt }
  | { type: 'rooms'; rooms: RoomView[] }
  | { type: 'forecasts'; forecasts: VisitForecastView[] }
  | { type: 'notices'; notices: Notice[] }
  | { type: 'appointment'; appointment: Appointment }
  | { type: 'officers'; officers: Officer[] }
  | { type: 'arrival-queries'; queries: ArrivalQuery[] }
  | { type: 'reset' };

export const INITIAL_CONSOLE_STATE: ConsoleState = { snapshot: null };

export function consoleReducer(state: ConsoleState, action: ConsoleAction): ConsoleState {
  if (action.type === 'snapshot') return { snapshot: action.snapshot };
  if (action.type === 'reset') return INITIAL_CONSOLE_STATE;
  const { snapshot } = state;
  // A delta before the first snapshot is already included in the snapshot that follows it.
  if (!snapshot) return state;
  switch (action.type) {
    case 'visit': {
      const visits = upsertVisit(snapshot.visits, action.visit);
      // A forecast only means something while the visitor waits; the server sends no removal.
      const forecasts = action.visit.status === 'waiting' ? snapshot.forecasts : snapshot.forecasts.filter((f) => f.visitId !== action.visit.id);
      return { snapshot: { ...snapshot, visits, forecasts } };
    }
    case 'desk-sessions':
      return { snapshot: { ...snapshot, deskSessions: action.sessions } };
    case 'stats':
      return { snapshot: { ...snapshot, stats: action.stats } };
    case 'prompt':
      return { snapshot: { ...snapshot, prompts: upsertPrompt(snapshot.prompts, action.prompt) } };
    case 'rooms':
      return { snapshot: { ...snapshot, rooms: action.rooms } };
    case 'forecasts':
      return { snapshot: { ...snapshot, forecasts: mergeForecasts(snapshot.forecasts, action.forecasts) } };
    case 'notices':
      return { snapshot: { ...snapshot, notices: action.notices } };
    case 'appointment':
      return { snapshot: { ...snapshot, appointments: upsertAppointment(snapshot.appointments, action.appointment) } };
    case 'officers':
      return { snapshot: { ...snapshot, officers: action.officers } };
    case 'arrival-queries':
      return { snapshot: { ...snapshot, arrivalQueries: action.queries } };
  }
}

/** Kept in time order, as the day view lists them; any day's changes are kept, the view filters by day. */
export function upsertAppointment(list: readonly Appointment[], appointment: Appointment): Appointment[] {
  return [...list.filter((a) => a.id !== appointment.id), appointment].sort((a, b) => a.startsAt - b.startsAt || a.id.localeCompare(b.id));
}

/** Open prompts are shown; a resolved one is dropped, as the snapshot would not include it either. */
function upsertPrompt(prompts: readonly Prompt[], prompt: Prompt): Prompt[] {
  const others = prompts.filter((p) => p.id !== prompt.id);
  return prompt.status === 'open' ? [...others, prompt] : others;
}

/** The server sends only the forecasts that moved, so the rest are kept as they were. */
function mergeForecasts(known: readonly VisitForecastView[], moved: readonly VisitForecastView[]): VisitForecastView[] {
  const ids = new Set(moved.map((f) => f.visitId));
  return [...known.filter((f) => !ids.has(f.visitId)), ...moved];
}

function upsertVisit(visits: readonly Visit[], visit: Visit): Visit[] {
  const index = visits.findIndex((v) => v.id === visit.id);
  if (index === -1) return [...visits, visit];
  const next = visits.slice();
  next[index] = visit;
  return next;
}
