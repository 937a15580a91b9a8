import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Real servers, real SQLite files, real Chromium: give slow machines room, never assert on time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Fails the run when a test leaves a process running (tests/support/leftover-processes.ts).
    globalSetup: ['tests/support/leftover-processes.ts'],
  },
});
