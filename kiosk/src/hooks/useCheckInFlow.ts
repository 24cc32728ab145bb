import { useCallback, useEffect, useReducer, useRef } from 'react';
import { AppError, type CheckInResult, type Needs, type Service } from '@reception/shared';
import { send, type AppSocket } from '@reception/web-common';
import { currentLanguage } from '../i18n';
import { noNeeds, toggleNeed, type NeedKey } from '../needs';

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

export type FlowState =
  | { screen: 'services' }
  | { screen: 'needs'; service: Service; needs: Needs }
  | { screen: 'confirm'; service: Service; needs: Needs; submission: Submission | null }
  | { screen: 'ticket'; result: CheckInResult };

type Action =
  | { type: 'choose-service'; service: Service }
  | { type: 'toggle-need'; key: NeedKey }
  | { type: 'continue' }
  | { type: 'back' }
  | { type: 'submission'; submission: Submission }
  | { type: 'checked-in'; requestId: string; result: CheckInResult }
  | { type: 'reset' };

const START: FlowState = { screen: 'services' };

function reducer(state: FlowState, action: Action): FlowState {
  switch (action.type) {
    case 'reset':
      return START;
    case 'choose-service':
      return state.screen === 'services' ? { screen: 'needs', service: action.service, needs: noNeeds() } : state;
    case 'toggle-need':
      return state.screen === 'needs' ? { ...state, needs: toggleNeed(state.needs, action.key, currentLanguage()) } : state;
    case 'continue':
      return state.screen === 'needs' ? { screen: 'confirm', service: state.service, needs: state.needs, submission: null } : state;
    case 'back':
      if (state.screen === 'needs') return START;
      // While a ticket may be on its way, going back could strand it.
      if (state.screen === 'confirm' && state.submission?.status !== 'sending') return { screen: 'needs', service: state.service, needs: state.needs };
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
  chooseService: (service: Service) => void;
  toggleNeed: (key: NeedKey) => void;
  continueToConfirm: () => void;
  back: () => void;
  /** "Get my ticket" and "Try again": reuses the pending requestId if there is one. */
  getTicket: () => void;
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
    chooseService: useCallback((service: Service) => dispatch({ type: 'choose-service', service }), []),
    toggleNeed: useCallback((key: NeedKey) => dispatch({ type: 'toggle-need', key }), []),
    continueToConfirm: useCallback(() => dispatch({ type: 'continue' }), []),
    back: useCallback(() => dispatch({ type: 'back' }), []),
    getTicket,
    reset: useCallback(() => dispatch({ type: 'reset' }), []),
  };
}
