import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    globals: true, // medusaIntegrationTestRunner calls the global describe/beforeAll/…
    environment: "node",
    setupFiles: ["./integration-tests/setup.ts"],
    include: ["integration-tests/**/*.spec.ts"],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    pool: "forks",
    fileParallelism: false,
  },
})
