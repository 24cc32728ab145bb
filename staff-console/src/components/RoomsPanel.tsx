import type { RoomState, RoomView, StaffSnapshot } from '@reception/shared';
import './RoomsPanel.css';

interface Props {
  snapshot: StaffSnapshot;
  busy: boolean;
  onSetOutOfService: (room: RoomView, outOfService: boolean) => void;
}

function RoomStateIcon({ state }: { state: RoomState }) {
  const common = { 'aria-hidden': true, focusable: false, width: 16, height: 16, viewBox: '0 0 16 16', className: 'room-state__icon' } as const;
  switch (state) {
    case 'free':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
    case 'in-use':
      // A person.
      return (
        <svg {...common}>
          <circle cx="8" cy="4.6" r="3" fill="currentColor" />
          <path d="M2.5 15c0-3.4 2.5-5.6 5.5-5.6s5.5 2.2 5.5 5.6z" fill="currentColor" />
        </svg>
      );
    case 'out-of-service':
      // "No entry".
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M4 8h8" stroke="#505a5f" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
      );
  }
}

/** Room 1 is free / in use by whom / out of service, so an advisor knows before calling a privacy request. */
export function RoomsPanel({ snapshot, busy, onSetOutOfService }: Props) {
  const canManage = snapshot.me.role !== 'advisor';
  const ticketOf = (visitId: string | null) => snapshot.visits.find((v) => v.id === visitId)?.ticket ?? null;
  const free = snapshot.rooms.filter((r) => r.state === 'free').length;

  const stateText = (room: RoomView) => {
    if (room.state === 'free') return 'Free';
    if (room.state === 'out-of-service') return 'Out of service';
    const ticket = ticketOf(room.visitId);
    return ticket ? `In use · ${ticket}` : 'In use';
  };

  return (
    <details className="panel side-panel rooms" data-testid="rooms" open>
      <summary className="side-panel__summary">
        <h2>Interview rooms</h2>
        <span className="side-panel__status">
          {snapshot.rooms.length === 0 ? 'none set up' : `${free} of ${snapshot.rooms.length} free`}
        </span>
      </summary>
      {snapshot.rooms.length === 0 ? (
        <p className="side-panel__none">This site has no interview rooms.</p>
      ) : (
        <ul className="rooms__list">
          {snapshot.rooms.map((room) => (
            <li key={room.id} className="room" data-testid={`room-${room.id}`}>
              <span className="room__name">{room.name}</span>
              <span className={`room-state room-state--${room.state}`}>
                <RoomStateIcon state={room.state} />
                {stateText(room)}
              </span>
              {(room.panicButton || room.secure) && (
                <ul className="room__features" aria-label="Features">
                  {room.secure && <li>Secure</li>}
                  {room.panicButton && <li>Panic button</li>}
                </ul>
              )}
              {canManage && (
                <button type="button" className="button button--small room__toggle" disabled={busy} onClick={() => onSetOutOfService(room, !room.outOfService)}>
                  {/* One inline span: as separate flex items the spaces around the hidden name would be dropped. */}
                  {room.outOfService ? (
                    <span>
                      Put<span className="visually-hidden"> {room.name}</span> back in service
                    </span>
                  ) : (
                    <span>
                      Take<span className="visually-hidden"> {room.name}</span> out of service
                    </span>
                  )}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
