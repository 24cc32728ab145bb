import { useState, type FormEvent } from 'react';
import type { Me } from '@reception/shared';
import { signIn } from '../api/auth.js';
import './SignIn.css';

interface Props {
  /** Why the person is here again, e.g. their session expired. Replaced by any sign-in error. */
  notice: string | null;
  onSignedIn: (me: Me) => void;
}

export function SignIn({ notice, onSignedIn }: Props) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ text: string; tone: 'info' | 'error' } | null>(notice ? { text: notice, tone: 'info' } : null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Caught here because the server's wording for an empty field is written for developers.
    if (!username.trim() || !password) {
      setMessage({ text: !username.trim() ? 'Enter your username.' : 'Enter your password.', tone: 'error' });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      onSignedIn(await signIn({ username: username.trim(), password }));
    } catch (e) {
      setMessage({ text: e instanceof Error ? e.message : 'Could not sign in. Try again.', tone: 'error' });
      setPassword('');
      setBusy(false);
    }
  };

  return (
    <div className="sign-in-page">
      <header className="app-bar">
        <span className="app-bar__title">Staff console</span>
      </header>
      <main className="sign-in" data-testid="sign-in">
        <h1>Sign in</h1>
        <p className="sign-in__lead">Use your staff username and password.</p>
        {/* One alert area for both notices and errors, so there is only ever one message to read. */}
        <div role="alert" className={message ? `sign-in__message sign-in__message--${message.tone}` : 'sign-in__message sign-in__message--empty'}>
          {message?.text}
        </div>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <label htmlFor="sign-in-username">Username</label>
          <input
            id="sign-in-username"
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
          <label htmlFor="sign-in-password">Password</label>
          <input
            id="sign-in-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" className="button button--primary button--large" disabled={busy}>
            Sign in
          </button>
        </form>
      </main>
    </div>
  );
}
