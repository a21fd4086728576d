import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    reporters: ["default", "./tests/summaryReporter.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // e2e suites bind loopback ports; forks keep each suite's sockets and globals apart.
    pool: "forks",
  },
});
