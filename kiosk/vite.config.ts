import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the reception server under /kiosk/; in development, API and socket calls go to it.
export default defineConfig({
  base: '/kiosk/',
  plugins: [react()],
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/socket.io': { target: 'ws://127.0.0.1:3000', ws: true },
    },
  },
});
