import { defineConfig } from "@playwright/test"

// Runs against a storefront that is already up (the lifecycle system test
// starts it with `npm start`); BASE_URL says where.
export default defineConfig({
  testDir: ".",
  testMatch: /.*\.e2e\.ts/,
  timeout: 60_000,
  workers: 1,
  reporter: [["list"]],
  outputDir: "../../test-results",
  use: {
    baseURL: process.env.BASE_URL ?? "http://localhost:8000",
    browserName: "chromium",
    headless: true,
    locale: "vi-VN",
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
})
