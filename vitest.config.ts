import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/src/**/*.test.ts', 'server/src/**/*.test.ts', 'tests/integration/**/*.test.ts', 'kiosk/src/**/*.test.ts', 'display-board/src/**/*.test.ts', 'staff-console/src/**/*.test.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
