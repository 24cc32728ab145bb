import './ArrivalQueries.css';

export interface StaffCheckInNote {
  tone: 'done' | 'refused';
  text: string;
}

/** The outcome of a check-in made at reception, kept until dismissed: it carries the ticket to pass on. */
export function StaffCheckInResult({ note, onDismiss }: { note: StaffCheckInNote | null; onDismiss: () => void }) {
  return (
    <div role="status" className={note ? `staff-check-in staff-check-in--${note.tone}` : 'visually-hidden'} data-testid="staff-check-in-result">
      {note && (
        <>
          <span>{note.text}</span>
          <button type="button" className="button button--small" onClick={onDismiss}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
