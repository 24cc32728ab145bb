import { useCallback, useEffect, useState } from 'react';
import type { Me } from '@reception/shared';
import { createSocket, type AppSocket } from '@reception/web-common';
import { currentStaff, signOut } from './api/auth.js';
import { Console } from './components/Console.js';
import { SignIn } from './components/SignIn.js';

type Phase =
  | { kind: 'checking' }
  | { kind: 'signed-out'; notice: string | null }
  | { kind: 'signed-in'; me: Me; socket: AppSocket };

/**
 * Sign-in gate. The socket is created only once someone is signed in (the session cookie
 * authenticates it) and is thrown away on sign-out, so no staff data outlives a session.
 */
export function App() {
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' });

  const enter = useCallback((me: Me) => setPhase({ kind: 'signed-in', me, socket: createSocket() }), []);

  useEffect(() => {
    let cancelled = false;
    currentStaff()
      .then((me) => {
        if (cancelled) return;
        if (me) enter(me);
        else setPhase({ kind: 'signed-out', notice: null });
      })
      .catch((e: unknown) => {
        if (!cancelled) setPhase({ kind: 'signed-out', notice: e instanceof Error ? e.message : null });
      });
    return () => {
      cancelled = true;
    };
  }, [enter]);

  const leave = useCallback(
    (notice: string | null) => {
      if (phase.kind === 'signed-in') phase.socket.disconnect();
      setPhase({ kind: 'signed-out', notice });
    },
    [phase],
  );

  // If this throws the cookie may still be valid, so the console stays and shows the error.
  const onSignOut = useCallback(async () => {
    await signOut();
    leave('You have signed out.');
  }, [leave]);

  // The server's refusal text is written for unpaired devices too, so staff get their own wording.
  const onSessionEnded = useCallback(() => leave('Your session has ended. Please sign in again.'), [leave]);

  switch (phase.kind) {
    case 'checking':
      return (
        <p className="app-loading" role="status">
          Loading the staff console…
        </p>
      );
    case 'signed-out':
      return <SignIn notice={phase.notice} onSignedIn={enter} />;
    case 'signed-in':
      return <Console key={phase.me.id} me={phase.me} socket={phase.socket} onSignOut={onSignOut} onSessionEnded={onSessionEnded} />;
  }
}
