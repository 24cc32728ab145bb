import '@reception/web-common/base.css';
import './styles/kiosk.css';
import './styles/large-contrast.css';
import './styles/print.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createSocket, pairedDeviceToken } from '@reception/web-common';
import { KioskApp } from './KioskApp';
import { NotSetUpScreen } from './components/NotSetUpScreen';

// Outside React so StrictMode's double effects can never open a second socket.
const token = pairedDeviceToken();
const socket = token ? createSocket(token) : null;

// A public kiosk offers no browser menus: a long press would open one with links out of the app.
for (const type of ['contextmenu', 'dragstart'] as const) window.addEventListener(type, (e) => e.preventDefault());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(<StrictMode>{socket ? <KioskApp socket={socket} /> : <NotSetUpScreen />}</StrictMode>);
