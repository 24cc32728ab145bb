import { useCallback, useEffect, useReducer, useRef } from 'react';
import { AppError, type CheckInResult, type Needs, type Service } from '@reception/shared';
import { send, type AppSocket } from '@reception/web-common';
import { currentLanguage } from '../i18n';
import { noNeeds, setInterpreter, toggleNeed, type YesNoNeed } from '../needs';

/**
 * One check-in attempt. The requestId is made once, when the visitor asks for a ticket,
 * and reused for every retry so the server hands back the same ticket, never a second.
 */
export interface Submission {
  requestId: string;
  /** sending: waiting for the server; retry: no answer, safe to send again; failed: the server said no. */
  status: 'sending' | 'retry' | 'failed';
  /** The server's own explanation, shown as-is when it refused the check-in. */
  serverMessage: string | null;
}

/** Where a visitor is in checking in, once they have chosen a language. */
export type StepState =
  | { screen: 'services' }
  | { screen: 'needs'; service: Service; needs: Needs }
  /** Choosing which language an interpreter should speak: a step within the needs. */
  | { screen: 'interpreter'; service: Service; needs: Needs }
  | { screen: 'confirm'; service: Service; needs: Needs; submission: Submission | null }
  | { screen: 'ticket'; result: CheckInResult }
  /** "I have an appointment": the reference (or fallback) and the outcome, kept by the appointment screens. */
  | { screen: 'appointment' };

/** The language chooser comes first; opened again mid-way, it returns the visitor to where they were. */
export type FlowState = StepState | { screen: 'language'; resume: StepState | null };

type Action =
  | { type: 'language-chosen' }
  | { type: 'change-language' }
  | { type: 'choose-service'; service: Service }
  | { type: 'have-appointment' }
  | { type: 'toggle-need'; key: YesNoNeed }
  | { type: 'pick-interpreter' }
  | { type: 'set-interpreter'; language: string | null }
  | { type: 'continue' }
  | { type: 'back' }
  | { type: 'submission'; submission: Submission }
  | { type: 'checked-in'; requestId: string; result: CheckInResult }
  | { type: 'start-again' }
  | { type: 'reset' };

const START: FlowState = { screen: 'language', resume: null };

const isSending = (state: FlowState) => state.screen === 'confirm' && state.submission?.status === 'sending';

function reducer(state: FlowState, action: Action): FlowState {
  switch (action.type) {
    case 'reset':
      return START;
    case 'start-again':
      return { screen: 'services' };
    case 'language-chosen':
      return state.screen === 'language' ? (state.resume ?? { screen: 'services' }) : state;
    case 'change-language':
      // A ticket on its way must land on the confirm screen that asked for it.
      return state.screen === 'language' || isSending(state) ? state : { screen: 'language', resume: state };
    case 'have-appointment':
      return state.screen === 'services' ? { screen: 'appointment' } : state;
    case 'choose-service':
      return state.screen === 'services' ? { screen: 'needs', service: action.service, needs: noNeeds() } : state;
    case 'toggle-need':
      return state.screen === 'needs' ? { ...state, needs: toggleNeed(state.needs, action.key) } : state;
    case 'pick-interpreter':
      return state.screen === 'needs' ? { ...state, screen: 'interpreter' } : state;
    case 'set-interpreter':
      return state.screen === 'needs' || state.screen === 'interpreter'
        ? { screen: 'needs', service: state.service, needs: setInterpreter(state.needs, action.language) }
        : state;
    case 'continue':
      return state.screen === 'needs' ? { screen: 'confirm', service: state.service, needs: state.needs, submission: null } : state;
    case 'back':
      if (state.screen === 'needs' || state.screen === 'appointment') return { screen: 'services' };
      if (state.screen === 'interpreter') return { ...state, screen: 'needs' };
      // While a ticket may be on its way, going back could strand it.
      if (state.screen === 'confirm' && !isSending(state)) return { screen: 'needs', service: state.service, needs: state.needs };
      return state;
    case 'submission':
      if (state.screen !== 'confirm') return state;
      if (state.submission && state.submission.requestId !== action.submission.requestId) return state;
      return { ...state, submission: action.submission };
    case 'checked-in':
      // An answer for an attempt the visitor has since walked away from is not theirs to see.
      return state.screen === 'confirm' && state.submission?.requestId === action.requestId ? { screen: 'ticket', result: action.result } : state;
  }
}

/** Worth sending the same request again: the server never answered, or asked us to slow down. */
const isRetryable = (err: unknown) => !(err instanceof AppError) || err.code === 'INTERNAL' || err.code === 'RATE_LIMITED';

export interface CheckInFlow {
  state: FlowState;
  /** The visitor picked a language (the caller switches i18n): on to services, or back to where they were. */
  languageChosen: () => void;
  changeLanguage: () => void;
  chooseService: (service: Service) => void;
  haveAppointment: () => void;
  toggleNeed: (key: YesNoNeed) => void;
  pickInterpreter: () => void;
  setInterpreter: (language: string | null) => void;
  continueToConfirm: () => void;
  back: () => void;
  /** "Get my ticket" and "Try again": reuses the pending requestId if there is one. */
  getTicket: () => void;
  /** After a refused check-in: back to the services, keeping the visitor's language. */
  startAgain: () => void;
  /** For the next visitor: back to the language chooser. */
  reset: () => void;
}

export function useCheckInFlow(socket: AppSocket): CheckInFlow {
  const [state, dispatch] = useReducer(reducer, START);
  // Read by socket callbacks and double taps, which must see the latest state, not a render's copy.
  const stateRef = useRef(state);
  const inFlight = useRef(false);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);

  const droppedDuringAttempt = useRef(false);

  const attempt = useCallback(
    function run(requestId: string, serviceId: string, needs: Needs): void {
      if (inFlight.current) return;
      if (!socket.connected) {
        // Sent when the connection returns (see below), so the visitor need not tap again.
        dispatch({ type: 'submission', submission: { requestId, status: 'retry', serverMessage: null } });
        return;
      }
      inFlight.current = true;
      droppedDuringAttempt.current = false;
      dispatch({ type: 'submission', submission: { requestId, status: 'sending', serverMessage: null } });
      send(socket, 'kiosk:check-in', { requestId, serviceId, language: currentLanguage(), needs }).then(
        (result) => {
          inFlight.current = false;
          dispatch({ type: 'checked-in', requestId, result });
        },
        (err: unknown) => {
          inFlight.current = false;
          const retry = isRetryable(err);
          // The answer was lost with the connection, which is already back: ask again without troubling the visitor.
          if (retry && droppedDuringAttempt.current && socket.connected) return run(requestId, serviceId, needs);
          const serverMessage = !retry && err instanceof AppError ? err.message : null;
          dispatch({ type: 'submission', submission: { requestId, status: retry ? 'retry' : 'failed', serverMessage } });
        },
      );
    },
    [socket],
  );

  const getTicket = useCallback(() => {
    const s = stateRef.current;
    if (s.screen !== 'confirm' || inFlight.current) return;
    if (s.submission?.status === 'failed') return;
    const requestId = s.submission?.requestId ?? crypto.randomUUID();
    // Marked at once so a second tap in the same frame finds the attempt already under way.
    stateRef.current = { ...s, submission: { requestId, status: 'sending', serverMessage: null } };
    attempt(requestId, s.service.id, s.needs);
  }, [attempt]);

  // A check-in that got no answer is sent again, with the same requestId, once the kiosk is back online.
  useEffect(() => {
    const onConnect = () => {
      const s = stateRef.current;
      if (s.screen === 'confirm' && s.submission?.status === 'retry') attempt(s.submission.requestId, s.service.id, s.needs);
    };
    const onDisconnect = () => {
      if (inFlight.current) droppedDuringAttempt.current = true;
    };
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    return () => {
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
    };
  }, [socket, attempt]);

  return {
    state,
    languageChosen: useCallback(() => dispatch({ type: 'language-chosen' }), []),
    changeLanguage: useCallback(() => dispatch({ type: 'change-language' }), []),
    chooseService: useCallback((service: Service) => dispatch({ type: 'choose-service', service }), []),
    haveAppointment: useCallback(() => dispatch({ type: 'have-appointment' }), []),
    toggleNeed: useCallback((key: YesNoNeed) => dispatch({ type: 'toggle-need', key }), []),
    pickInterpreter: useCallback(() => dispatch({ type: 'pick-interpreter' }), []),
    setInterpreter: useCallback((language: string | null) => dispatch({ type: 'set-interpreter', language }), []),
    continueToConfirm: useCallback(() => dispatch({ type: 'continue' }), []),
    back: useCallback(() => dispatch({ type: 'back' }), []),
    getTicket,
    startAgain: useCallback(() => dispatch({ type: 'start-again' }), []),
    reset: useCallback(() => dispatch({ type: 'reset' }), []),
  };
}
