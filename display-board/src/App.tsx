import { useState } from 'react';
import { pairedDeviceToken } from '@reception/web-common';
import { Board } from './components/Board';
import { Unpaired } from './components/Unpaired';

export function App() {
  // Read once: pairing strips `?device=` from the address bar and keeps it in storage.
  const [deviceToken] = useState(pairedDeviceToken);
  if (!deviceToken) return <Unpaired />;
  return <Board deviceToken={deviceToken} />;
}
