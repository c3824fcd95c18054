import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { signRevalidation } from "@ocop/core/revalidation"
import { afterAll, describe, expect, it } from "vitest"
import { listenerPid, peakGrowth, postChunked } from "../support/memory"
import { interrupt, launch, portIsFree, processesMentioning, waitForOutput, type Proc } from "../support/processes"

/**
 * The README's contract, as a newcomer lives it: `npm start` on an empty data
 * directory comes up with the demo shop, the browser journey works, Ctrl-C
 * leaves nothing running, and a second start neither rebuilds nor re-seeds.
 */
const root = path.resolve(__dirname, "../..")
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-life-"))
fs.chmodSync(dataDir, 0o755) // the embedded PostgreSQL runs as the "postgres" user
const ports = { backend: 9110, storefront: 8110, pg: 54349, resolver: 9111 }
const env = {
  ...process.env,
  OCOP_DATA_DIR: dataDir,
  BACKEND_PORT: String(ports.backend),
  STOREFRONT_PORT: String(ports.storefront),
  PG_PORT: String(ports.pg),
  RESOLVER_PORT: String(ports.resolver),
}
const products = JSON.parse(fs.readFileSync(path.join(root, "seed/data/products.json"), "utf8"))
let current: Proc | undefined
const state = () => JSON.parse(fs.readFileSync(path.join(dataDir, "state.json"), "utf8"))

afterAll(async () => {
  // Ctrl-C, as a failed test leaves it running: start.mjs then stops the servers it started, which
  // killing its own process group would leave behind on the test's ports.
  if (current) await interrupt(current).catch(() => undefined)
  fs.rmSync(dataDir, { recursive: true, force: true })
})

/** "file:line title" of each test that did not pass in a Playwright JSON report (none if it is missing). */
function failedTests(report: string): string[] {
  if (!fs.existsSync(report)) return [`no report at ${report}`]
  type Suite = {
    specs?: { ok: boolean; file: string; line: number; title: string }[]
    suites?: Suite[]
  }
  const walk = (suite: Suite): string[] => [
    ...(suite.specs ?? []).filter((s) => !s.ok).map((s) => `${s.file}:${s.line} ${s.title}`),
    ...(suite.suites ?? []).flatMap(walk),
  ]
  return (JSON.parse(fs.readFileSync(report, "utf8")) as Suite).suites?.flatMap(walk) ?? []
}

async function expectNothingLeft() {
  for (const port of Object.values(ports)) expect(await portIsFree(port), `port ${port} still in use`).toBe(true)
  expect(processesMentioning(dataDir)).toEqual([])
}

describe("npm start", () => {
  it("comes up from cold with the seeded shop, and Ctrl-C stops everything", async () => {
    const t0 = Date.now()
    current = launch(process.execPath, ["scripts/start.mjs"], { cwd: root, env })
    await waitForOutput(current, /\] ready$/m, 600_000)
    console.log(`cold start: ${((Date.now() - t0) / 1000).toFixed(1)} s`)
    expect(current.output()).toContain("seeding the Quảng Trị demo data")
    expect(current.output()).toMatch(/password\s+\S{16}/)

    const health = await fetch(`http://localhost:${ports.backend}/health`)
    expect(health.status).toBe(200)
    const home = await (await fetch(`http://localhost:${ports.storefront}/`)).text()
    const listed = products.filter(
      (p: { certificate: { status: string; stars: number } }) =>
        p.certificate.status === "active" && p.certificate.stars >= 3,
    )
    // The home page features the best of them (5★ and 4★): its first view is light on purpose.
    const best = listed.filter((p: { certificate: { stars: number } }) => p.certificate.stars >= 4)
    expect(best.filter((p: { title: string }) => home.includes(p.title)).length).toBeGreaterThanOrEqual(4)
    expect(home).toMatch(/\d{1,3}(\.\d{3})+\u00a0₫/)

    // The storefront's cache endpoint: only the backend's signed call may expire pages.
    const revalidate = (headers: Record<string, string>, body: string) =>
      fetch(`http://localhost:${ports.storefront}/api/revalidate`, { method: "POST", headers, body })
    const body = JSON.stringify({ tags: ["products"] })
    const ts = Math.floor(Date.now() / 1000)
    const forged = await revalidate({ "x-ocop-timestamp": String(ts), "x-ocop-signature": "0".repeat(64) }, body)
    expect(forged.status).toBe(401)
    const stale = signRevalidation(state().secrets.revalidate, body, ts - 600)
    expect((await revalidate({ "x-ocop-timestamp": String(ts - 600), "x-ocop-signature": stale }, body)).status).toBe(
      401,
    )
    const signed = signRevalidation(state().secrets.revalidate, body, ts)
    const ok = await revalidate({ "x-ocop-timestamp": String(ts), "x-ocop-signature": signed }, body)
    expect(ok.status).toBe(200)

    // The browser tests in two runs (test/e2e/isolated.ts): first the files that change what others
    // see, one at a time; then the files that change nothing another reads, two at a time.
    const e2eEnv = {
      ...env,
      BASE_URL: `http://localhost:${ports.storefront}`,
      ADMIN_URL: `http://localhost:${ports.backend}`,
      ADMIN_EMAIL: state().admin.email,
      ADMIN_PASSWORD: state().admin.password,
      VIETQR_WEBHOOK_SECRET: state().secrets.vietqr,
    }
    // Each run also writes a JSON report, so that the failure names the failed tests: the list
    // reporter's own summary scrolls away behind the second run and the other system tests.
    const playwright = (project: string, workers: number) => {
      const report = path.join(dataDir, `playwright-${project}.json`)
      const status = spawnSync(
        path.join(root, "node_modules/.bin/playwright"),
        [
          "test",
          "-c",
          "test/e2e/playwright.config.ts",
          `--project=${project}`,
          `--workers=${workers}`,
          "--reporter=list,json",
        ],
        { cwd: root, env: { ...e2eEnv, PLAYWRIGHT_JSON_OUTPUT_NAME: report }, stdio: "inherit" },
      ).status
      return { status, failed: failedTests(report) }
    }
    // Both run even when the first fails, so that one run reports every failure.
    const shared = playwright("shared-state", 1)
    const isolated = playwright("isolated", 2)
    expect(shared, "Playwright e2e in Chromium, the files that share state").toEqual({ status: 0, failed: [] })
    expect(isolated, "Playwright e2e in Chromium, the isolated files two at a time").toEqual({
      status: 0,
      failed: [],
    })

    expect(await interrupt(current)).toBe(0)
    current = undefined
    await expectNothingLeft()
  })

  it("starts warm without rebuilding or re-seeding", async () => {
    if (current) await interrupt(current) // left running by a failure above
    const t0 = Date.now()
    current = launch(process.execPath, ["scripts/start.mjs"], { cwd: root, env })
    await waitForOutput(current, /\] ready$/m, 120_000)
    console.log(`warm start: ${((Date.now() - t0) / 1000).toFixed(1)} s`)
    expect(current.output()).not.toContain("seeding")
    expect(current.output()).not.toContain("building")
    expect(current.output()).not.toContain("migrating")
    expect((await fetch(`http://localhost:${ports.backend}/health`)).status).toBe(200)
    expect(await interrupt(current)).toBe(0)
    current = undefined
    await expectNothingLeft()
  })

  it("finding 1: the storefront's memory stays flat while oversized chunked bodies are refused", async () => {
    if (current) await interrupt(current) // left running by a failure above
    current = launch(process.execPath, ["scripts/start.mjs"], { cwd: root, env })
    // Cold when this test runs alone.
    await waitForOutput(current, /\] ready$/m, 600_000)
    const shop = `http://localhost:${ports.storefront}`
    const upload = `${shop}/api/trade/agreements/agr_probe/documents?locale=vi`
    const forged = () => ({
      "x-ocop-timestamp": String(Math.floor(Date.now() / 1000)),
      "x-ocop-signature": "0".repeat(64),
    })
    const MB = 1024 * 1024
    // Load both routes once, so that their code is not counted as growth.
    await postChunked(upload, MB, { cookie: "_ocop_jwt=forged" })
    await postChunked(`${shop}/api/revalidate`, MB, forged())

    const pid = listenerPid(ports.storefront)
    const { result, growthMb } = await peakGrowth(pid, async () => ({
      // A cookie that is no session: refused before the body is read.
      upload: await postChunked(upload, 100 * MB, { cookie: "_ocop_jwt=forged" }),
      // Headers that look signed: the body is read up to its cap, then refused.
      revalidate: await postChunked(`${shop}/api/revalidate`, 64 * MB, forged()),
    }))
    console.log(`storefront RSS growth while refusing 164 MB of chunked bodies: ${growthMb.toFixed(1)} MB`)
    expect(result.upload.status).toBe(401)
    expect(result.revalidate.status).toBe(413)
    // Answered long before the whole body was sent: the storefront stopped reading.
    expect(result.upload.sent).toBeLessThan(20 * MB)
    expect(result.revalidate.sent).toBeLessThan(20 * MB)
    expect(growthMb).toBeLessThan(50)

    expect(await interrupt(current)).toBe(0)
    current = undefined
    await expectNothingLeft()
  })
})
