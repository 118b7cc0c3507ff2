import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // electron-store imports 'electron' itself; inlining it lets main-process tests' vi.mock('electron') reach it.
    server: { deps: { inline: ['electron-store'] } },
  },
});
