import { defineConfig } from "vitest/config"

// System tests drive real processes (npm start, Medusa server + worker, Redis,
// Chromium); one file at a time, with generous limits for cold builds on 2 cores.
export default defineConfig({
  test: {
    include: ["test/system/**/*.spec.ts"],
    environment: "node",
    testTimeout: 900_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    pool: "forks",
  },
})
