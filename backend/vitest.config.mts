import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    globals: true, // medusaIntegrationTestRunner calls the global describe/beforeAll/…
    environment: "node",
    globalSetup: ["./integration-tests/global-setup.ts"],
    setupFiles: ["./integration-tests/setup.ts"],
    include: ["integration-tests/**/*.spec.ts"],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    pool: "forks",
    // Two suites at a time, each booting its own Medusa on its own database (helpers/runner.ts):
    // on two cores one suite alone leaves a core waiting on PostgreSQL and on its own timers.
    fileParallelism: true,
    maxWorkers: 2,
  },
})
