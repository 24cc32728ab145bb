import { useState, type FormEvent } from 'react';
import { GiveDelayReasonRequest, type Appointment, type Officer, type Prompt } from '@reception/shared';

export interface AppointmentPromptHandlers {
  giveReason: (promptId: string, message: string) => void;
  handOver: (appointment: Appointment, officerId: string) => void;
  rebook: (appointment: Appointment) => void;
  /** From an offer: opens the booking form for this walk-in. */
  bookFromOffer: (prompt: Prompt) => void;
}

interface Props {
  prompt: Prompt;
  appointment: Appointment | null;
  officers: readonly Officer[];
  busy: boolean;
  handlers: AppointmentPromptHandlers;
  onInvalid: (message: string) => void;
}

/** The actions on an appointment prompt: tell the visitor why, or hand the visit over or rebook it. */
export function AppointmentPromptActions({ prompt, appointment, officers, busy, handlers, onInvalid }: Props) {
  const [message, setMessage] = useState('');
  const [officerId, setOfficerId] = useState('');
  if (prompt.kind === 'delay-reason') {
    const submit = (event: FormEvent) => {
      event.preventDefault();
      const parsed = GiveDelayReasonRequest.safeParse({ promptId: prompt.id, message });
      if (!parsed.success) return onInvalid(`Reason for ${prompt.ticket}: ${parsed.error.issues[0]?.message ?? 'say what the delay is'}.`);
      handlers.giveReason(parsed.data.promptId, parsed.data.message);
    };
    return (
      <form className="prompt-card__reason" onSubmit={submit}>
        <label className="visually-hidden" htmlFor={`reason-${prompt.id}`}>
          Reason for the delay, shown on the display board with {prompt.ticket}
        </label>
        <input id={`reason-${prompt.id}`} type="text" placeholder="The officer is finishing with another visitor" value={message} onChange={(e) => setMessage(e.target.value)} />
        <button type="submit" className="button button--small" disabled={busy}>
          Tell visitor and show on board
        </button>
      </form>
    );
  }
  if (!appointment) return <span className="prompt-card__ask">Appointment not found.</span>;
  const others = officers.filter((o) => o.staffId !== appointment.officerId && o.serviceIds.includes(appointment.serviceId));
  return (
    <>
      <span className="inline-field">
        <select aria-label={`Hand ${prompt.ticket} to`} value={officerId} onChange={(e) => setOfficerId(e.target.value)}>
          <option value="">Another officer…</option>
          {others.map((o) => (
            <option key={o.staffId} value={o.staffId}>
              {o.name}
            </option>
          ))}
        </select>
        <button type="button" className="button button--small" disabled={busy || !officerId} onClick={() => handlers.handOver(appointment, officerId)}>
          Hand over
        </button>
      </span>
      <button type="button" className="button button--small" disabled={busy} onClick={() => handlers.rebook(appointment)}>
        Rebook…
      </button>
    </>
  );
}
