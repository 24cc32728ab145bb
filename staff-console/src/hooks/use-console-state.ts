import { useEffect, useReducer } from 'react';
import type { Appointment, ArrivalQuery, DeskSession, Notice, Officer, Prompt, RoomView, ServiceStats, StaffSnapshot, Visit, VisitForecastView } from '@reception/shared';
import type { AppSocket } from '@reception/web-common';
import { consoleReducer, INITIAL_CONSOLE_STATE, type ConsoleState } from '../state/console-reducer.js';

/** Feeds the server's snapshot and deltas for this socket into the console reducer. */
export function useConsoleState(socket: AppSocket): ConsoleState {
  const [state, dispatch] = useReducer(consoleReducer, INITIAL_CONSOLE_STATE);
  useEffect(() => {
    const onSnapshot = (snapshot: StaffSnapshot) => dispatch({ type: 'snapshot', snapshot });
    const onVisit = (visit: Visit) => dispatch({ type: 'visit', visit });
    const onSessions = (sessions: DeskSession[]) => dispatch({ type: 'desk-sessions', sessions });
    const onStats = (stats: ServiceStats[]) => dispatch({ type: 'stats', stats });
    const onPrompt = (prompt: Prompt) => dispatch({ type: 'prompt', prompt });
    const onRooms = (rooms: RoomView[]) => dispatch({ type: 'rooms', rooms });
    const onForecasts = (forecasts: VisitForecastView[]) => dispatch({ type: 'forecasts', forecasts });
    const onNotices = (notices: Notice[]) => dispatch({ type: 'notices', notices });
    const onAppointment = (appointment: Appointment) => dispatch({ type: 'appointment', appointment });
    const onOfficers = (officers: Officer[]) => dispatch({ type: 'officers', officers });
    const onQueries = (queries: ArrivalQuery[]) => dispatch({ type: 'arrival-queries', queries });
    socket.on('staff:snapshot', onSnapshot);
    socket.on('staff:visit', onVisit);
    socket.on('staff:desk-sessions', onSessions);
    socket.on('queue:stats', onStats);
    socket.on('staff:prompt', onPrompt);
    socket.on('staff:rooms', onRooms);
    socket.on('staff:forecasts', onForecasts);
    socket.on('public:notices', onNotices);
    socket.on('staff:appointment', onAppointment);
    socket.on('staff:officers', onOfficers);
    socket.on('staff:arrival-queries', onQueries);
    // The server pushes a snapshot on every connect; if that happened before we listened, ask again.
    if (socket.connected) socket.emit('sync:snapshot', {}, () => undefined);
    return () => {
      socket.off('staff:snapshot', onSnapshot);
      socket.off('staff:visit', onVisit);
      socket.off('staff:desk-sessions', onSessions);
      socket.off('queue:stats', onStats);
      socket.off('staff:prompt', onPrompt);
      socket.off('staff:rooms', onRooms);
      socket.off('staff:forecasts', onForecasts);
      socket.off('public:notices', onNotices);
      socket.off('staff:appointment', onAppointment);
      socket.off('staff:officers', onOfficers);
      socket.off('staff:arrival-queries', onQueries);
    };
  }, [socket]);
  return state;
}
