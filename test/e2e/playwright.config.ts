import { defineConfig } from "@playwright/test"
import { ISOLATED } from "./isolated"

// Runs against a storefront that is already up (the lifecycle system test
// starts it with `npm start`); BASE_URL says where.
//
// Two projects (decision 015, test/README.md): "shared-state" holds every file that changes what
// another file could see (a certificate revoked, a producer verified or suspended, the month settled,
// a throttle used up, a webhook matched); "isolated" holds only the files listed in ./isolated.ts,
// which change nothing another file reads. A new file is in "shared-state" until it is listed there.
// One worker by default, so that `playwright test` alone runs everything one file at a time; the
// lifecycle test runs "shared-state" so, then "isolated" with two workers.
export default defineConfig({
  testDir: ".",
  timeout: 60_000,
  // A page's answer to a click (a server action, a re-render) waits on the same two cores as a second
  // browser and its shop: Playwright's default of 5 s is short for the isolated run's busier moments.
  expect: { timeout: 10_000 },
  workers: 1,
  reporter: [["list"]],
  outputDir: "../../test-results",
  projects: [
    { name: "shared-state", testMatch: /.*\.e2e\.ts/, testIgnore: ISOLATED },
    { name: "isolated", testMatch: ISOLATED },
  ],
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
