import { useCallback, useRef, useState } from 'react';
import { AppError, NO_NEEDS, type AppointmentCheckInRequest, type AppointmentCheckInResult, type Notice } from '@reception/shared';
import { send, type AppSocket } from '@reception/web-common';
import { currentLanguage } from '../../i18n';
import { TicketScreen } from '../TicketScreen';
import { AppointmentOutcome } from './AppointmentOutcome';
import { LostReference } from './LostReference';
import { ReferenceEntry } from './ReferenceEntry';

type Lookup = AppointmentCheckInRequest['lookup'];

type Step =
  | { step: 'reference'; reference: string }
  | { step: 'lost' }
  | { step: 'sending'; lookup: Lookup; requestId: string }
  /** No answer (connection lost): the same requestId is sent again, so never a second ticket. */
  | { step: 'retry'; lookup: Lookup; requestId: string }
  | { step: 'outcome'; result: AppointmentCheckInResult; lookup: Lookup };

interface Props {
  socket: AppSocket;
  online: boolean;
  timeZone: string;
  now: number;
  notices: readonly Notice[];
  /** Back to the services screen. */
  onBack: () => void;
  /** Finished: ready the kiosk for the next visitor. */
  onDone: () => void;
}

/** "I have an appointment": the reference (or the surname letter and time), then what happened. */
export function AppointmentFlow({ socket, online, timeZone, now, notices, onBack, onDone }: Props) {
  const [state, setState] = useState<Step>({ step: 'reference', reference: '' });
  const inFlight = useRef(false);

  const submit = useCallback(
    (lookup: Lookup, requestId: string = crypto.randomUUID()) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setState({ step: 'sending', lookup, requestId });
      send(socket, 'kiosk:appointment-check-in', { requestId, language: currentLanguage(), needs: NO_NEEDS, lookup }).then(
        (result) => {
          inFlight.current = false;
          setState({ step: 'outcome', result, lookup });
        },
        (err: unknown) => {
          inFlight.current = false;
          // Refusals come back as answers; a coded error means the input itself was bad. Anything else may be retried safely.
          if (err instanceof AppError && err.code === 'INVALID_INPUT') setState({ step: 'outcome', result: { outcome: 'refused', reason: 'unknown' }, lookup });
          else setState({ step: 'retry', lookup, requestId });
        },
      );
    },
    [socket],
  );

  if (state.step === 'outcome') {
    const { result, lookup } = state;
    if (result.outcome === 'checked-in' || result.outcome === 'very-late') {
      return <TicketScreen key={result.ticket.visitId} result={result.ticket} timeZone={timeZone} notices={notices} onDone={onDone} appointment={result} />;
    }
    return <AppointmentOutcome result={result} onTryAgain={() => setState(lookup.by === 'reference' ? { step: 'reference', reference: lookup.reference } : { step: 'lost' })} onDone={onDone} />;
  }
  if (state.step === 'lost' || ((state.step === 'sending' || state.step === 'retry') && state.lookup.by === 'name-and-time')) {
    const pending = state.step === 'lost' ? null : state;
    return (
      <LostReference
        timeZone={timeZone}
        now={now}
        online={online}
        sending={pending?.step === 'sending'}
        noAnswer={pending?.step === 'retry'}
        onSubmit={(lookup) => submit(lookup)}
        onBack={() => setState({ step: 'reference', reference: '' })}
        retry={pending?.step === 'retry' ? () => submit(pending.lookup, pending.requestId) : null}
      />
    );
  }
  const reference = state.step === 'reference' ? state.reference : state.lookup.by === 'reference' ? state.lookup.reference : '';
  return (
    <ReferenceEntry
      reference={reference}
      online={online}
      sending={state.step === 'sending'}
      noAnswer={state.step === 'retry'}
      onChange={(next) => setState({ step: 'reference', reference: next })}
      onSubmit={(typed) => (state.step === 'retry' ? submit(state.lookup, state.requestId) : submit({ by: 'reference', reference: typed }))}
      onLost={() => setState({ step: 'lost' })}
      onBack={onBack}
    />
  );
}
