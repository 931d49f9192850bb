import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // the command's tests run the built command: build it first where the sources are newer
    globalSetup: ['tests/support/build-dist.ts'],
    testTimeout: 60_000,
    // building the sample pack for a suite's fixtures takes seconds, more on a busy machine
    hookTimeout: 180_000,
  },
});
