#!/usr/bin/env node
// Revocation propagation: how long after an official's revocation returns does each surface stop
// offering the product? Surfaces are polled in parallel every 5 ms from the moment the admin call
// returns; the baseline is that admin call's own latency, measured in the same round.
//   node test/bench/revocation.mjs [--rounds 5] [--data-dir DIR]
// It starts its own `npm start` on spare ports (a fresh data dir builds and seeds first). Each round
// revokes the demo fish sauce's certificate and reinstates it once every surface shows it again.
// Figures go to stdout as a Markdown table for docs/benchmarks.md.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { startShop, stopShop } from "./lib/npm-start.mjs"

const argv = process.argv.slice(2)
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback)
const rounds = Number(option("--rounds", "5"))
const dataDir = option("--data-dir", null) ?? fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bench-revocation-"))
fs.chmodSync(dataDir, 0o755) // PostgreSQL runs unprivileged when started by root
const ports = { BACKEND_PORT: "9350", STOREFRONT_PORT: "8350", PG_PORT: "54395", RESOLVER_PORT: "9355" }
const backend = `http://localhost:${ports.BACKEND_PORT}`
const shop = `http://localhost:${ports.STOREFRONT_PORT}`
const HANDLE = "nuoc-mam-tung-van" // seed/data: a listed product with a lot, sales points, a fair booth
const CODE = "/01/08930000001054/10/NM2610"
const FAIR = "hoi-cho-ocop-quang-tri-2026"
const TIMEOUT_MS = 15_000
const say = (msg) => console.error(`[bench revocation] ${msg}`)
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

say(`starting npm start in ${dataDir} (a fresh directory builds and seeds first)`)
const { child } = await startShop(dataDir, ports)
try {
  const state = JSON.parse(fs.readFileSync(path.join(dataDir, "state.json"), "utf8"))
  const { token } = await (
    await fetch(`${backend}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: state.admin.email, password: state.admin.password }),
    })
  ).json()
  const admin = { authorization: `Bearer ${token}`, "content-type": "application/json" }
  const { api_keys } = await (await fetch(`${backend}/admin/api-keys?type=publishable`, { headers: admin })).json()
  const store = { "x-publishable-api-key": api_keys[0].token, "content-type": "application/json" }
  const storeGet = (p) => fetch(`${backend}${p}`, { headers: store })
  const product = (
    await (await storeGet(`/store/products?handle=${HANDLE}&fields=id,title,+certificates.number`)).json()
  ).products[0]
  const { certificates } = await (
    await fetch(`${backend}/admin/ocop/certificates?q=${product.certificates[0].number}`, { headers: admin })
  ).json()
  const certificate = certificates[0]

  /** Each surface, and whether it still offers the product (true) or has let it go (false). */
  const surfaces = [
    [
      "Store API product list",
      async () => (await (await storeGet(`/store/products?handle=${HANDLE}`)).json()).products.length > 0,
    ],
    [
      "search (`POST /store/search`)",
      async () => {
        const res = await fetch(`${backend}/store/search`, {
          method: "POST",
          headers: store,
          body: JSON.stringify({ entity: "product", filters: { q: "nước mắm tùng văn" }, pagination: { take: 20 } }),
        })
        const { results } = await res.json()
        return results[0].hits.some((h) => h.document.id === product.id)
      },
    ],
    [
      "storefront product page (cached whole)",
      async () => (await fetch(`${shop}/vi/products/${HANDLE}`)).status === 200,
    ],
    [
      "scan page facts (`/store/trace`)",
      async () =>
        (await (await storeGet(`/store/trace?code=${encodeURIComponent(CODE)}`)).json()).trace.genuine === true,
    ],
    [
      "where to buy (sales points)",
      async () => (await storeGet(`/store/ocop/products/${product.id}/sales-points`)).status === 200,
    ],
    [
      "fair page's booth",
      async () =>
        (await (await storeGet(`/store/trade/events/${FAIR}`)).json()).event.exhibitors.some((x) =>
          x.products.some((p) => p.id === product.id),
        ),
    ],
  ]

  const changeStatus = async (body) => {
    const t0 = performance.now()
    const res = await fetch(`${backend}/admin/ocop/certificates/${certificate.id}/status`, {
      method: "POST",
      headers: admin,
      body: JSON.stringify({ decision_date: new Date().toISOString().slice(0, 10), ...body }),
    })
    if (!res.ok) throw new Error(`status change answered ${res.status}: ${await res.text()}`)
    return performance.now() - t0
  }
  /** Milliseconds until `offered()` returns `wanted`, polled every 5 ms from now. */
  const until = async (offered, wanted) => {
    const t0 = performance.now()
    while (performance.now() - t0 < TIMEOUT_MS) {
      if ((await offered()) === wanted) return performance.now() - t0
      await sleep(5)
    }
    return Infinity
  }

  // Every surface offers the product before a round starts (and the cached page is warm).
  for (const [name, offered] of surfaces)
    if ((await until(offered, true)) === Infinity) throw new Error(`${name} never offered it`)
  const times = new Map(surfaces.map(([name]) => [name, []]))
  const baseline = []
  for (let r = 1; r <= rounds; r++) {
    baseline.push(
      await changeStatus({ status: "revoked", reason_code: "food_safety_violation", decision_number: `BENCH-${r}` }),
    )
    const gone = await Promise.all(surfaces.map(([, offered]) => until(offered, false)))
    surfaces.forEach(([name], i) => times.get(name).push(gone[i]))
    say(`round ${r}: revoke call ${baseline.at(-1).toFixed(0)} ms; ${gone.map((ms) => ms.toFixed(0)).join(", ")} ms`)
    await changeStatus({ status: "active", decision_number: `BENCH-${r}-KHOI-PHUC` })
    for (const [name, offered] of surfaces)
      if ((await until(offered, true)) === Infinity) throw new Error(`${name} did not come back`)
  }

  const base = median(baseline)
  console.log(`\n${rounds} rounds, medians; times from the moment the revoke call returned\n`)
  console.log("| surface | product gone after | worst round | ÷ revoke call |")
  console.log("| --- | --- | --- | --- |")
  console.log(
    `| the revoke call itself (baseline) | ${base.toFixed(0)} ms | ${Math.max(...baseline).toFixed(0)} ms | 1.00 |`,
  )
  for (const [name] of surfaces) {
    const xs = times.get(name)
    console.log(
      `| ${name} | ${median(xs).toFixed(0)} ms | ${Math.max(...xs).toFixed(0)} ms | ${(median(xs) / base).toFixed(2)} |`,
    )
  }
} finally {
  await stopShop(child)
  if (!argv.includes("--data-dir")) fs.rmSync(dataDir, { recursive: true, force: true })
}
