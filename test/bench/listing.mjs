#!/usr/bin/env node
// Listing and registry-sync benchmark.
//   node test/bench/listing.mjs [--sizes 2000,20000] [--requests 150] [--data-dir DIR]
//
// For each catalogue size (cumulative): grow the synthetic catalogue with Medusa's
// createProductsWorkflow, sync a registry feed of one certificate per product
// through the plugin (rows/s), start the backend, and time the OCOP listing
// request (the storefront's product fields plus the OCOP facts) against the
// same request without the OCOP fields and against stock `/store/products`.
// The requests are interleaved so every variant sees the same noise; figures
// go to stdout as a Markdown table for docs/benchmarks.md.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { STORE_OCOP_FIELDS } from "@ocop/core"
import { prepareBackend, startBackend } from "../../scripts/lib/backend.mjs"
import { startDatabase } from "../../scripts/lib/database.mjs"
import { run, stopAll } from "../../scripts/lib/processes.mjs"
import { loadSettings } from "../../scripts/lib/settings.mjs"
import { searchIndexCaughtUp } from "./lib/search-index.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const argv = process.argv.slice(2)
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback)
const sizes = option("--sizes", "2000,20000").split(",").map(Number)
const requests = Number(option("--requests", "150"))
const dataDir = option("--data-dir", null) ?? fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bench-listing-"))
// PostgreSQL runs as an unprivileged user when started by root; mkdtemp makes the folder 0700.
fs.chmodSync(dataDir, 0o755)
const keep = argv.includes("--data-dir")

process.env.OCOP_DATA_DIR = dataDir
process.env.BACKEND_PORT ??= "9320"
process.env.RESOLVER_PORT ??= "9325"
process.env.PG_PORT ??= "54379"
const t0 = Date.now()
const say = (msg) => console.error(`[bench ${((Date.now() - t0) / 1000).toFixed(0)}s] ${msg}`)

// The storefront's catalogue request (storefront/src/lib/data/products.ts) without and with the OCOP facts.
const SHOP_FIELDS =
  "id,title,handle,subtitle,description,thumbnail,*images,*categories,*variants,*variants.calculated_price"
const OCOP_FIELDS = [SHOP_FIELDS, ...STORE_OCOP_FIELDS].join(",")

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]

let database
async function main() {
  const settings = await loadSettings(root, new Set(["--backend-only"]))
  database = await startDatabase(settings, say)
  // Request logs would cost the server time on every measured request.
  const env = { ...(await prepareBackend(settings, database.url, say)), LOG_LEVEL: "info" }
  const serverDir = path.join(settings.backendDir, ".medusa", "server")
  const fixture = async (...args) => {
    const out = await run(
      path.join(root, "node_modules/.bin/medusa"),
      ["exec", path.join(root, "test/bench/fixtures/catalogue.mjs"), ...args],
      { cwd: serverDir, env, label: `fixture ${args.join(" ")}`, quiet: true },
    )
    const line = out.split("\n").find((l) => l.startsWith("BENCH "))
    if (!line) throw new Error(`fixture ${args.join(" ")} printed no result:\n${out.slice(-3000)}`)
    return JSON.parse(line.slice(6))
  }

  const table = []
  for (const size of sizes) {
    say(`growing the catalogue to ${size} products`)
    const made = await fixture("create", String(size))
    say(`created ${made.created} products in ${made.seconds.toFixed(0)} s; syncing ${size} registry rows`)
    const sync = await fixture("sync", String(size))
    say(`sync: ${JSON.stringify(sync)}`)
    table.push([
      `registry sync, ${size.toLocaleString("en")} rows (first run)`,
      `${(size / sync.first.seconds).toFixed(0)} rows/s (${sync.first.seconds.toFixed(1)} s)`,
      `counts ${JSON.stringify(sync.first.counts)}`,
    ])
    table.push([
      `registry sync, ${size.toLocaleString("en")} rows, one changed (rerun)`,
      `${(size / sync.rerun.seconds).toFixed(0)} rows/s (${sync.rerun.seconds.toFixed(1)} s)`,
      `first/rerun time = ${(sync.first.seconds / sync.rerun.seconds).toFixed(1)}; ${sync.listed} bench products listed`,
    ])
    if (sync.indexSeconds)
      table.push([
        `search index brought up to date for ${size.toLocaleString("en")} products`,
        `${(size / sync.indexSeconds).toFixed(0)} products/s (${sync.indexSeconds.toFixed(1)} s)`,
        `÷ first sync time ${(sync.indexSeconds / sync.first.seconds).toFixed(2)}`,
      ])

    const backend = await startBackend(settings, env, say)
    await searchIndexCaughtUp(backend, say)
    const timing = await measure(backend, settings)
    await stopAll()
    const { stock, shop, ocop, stockHandle, ocopHandle, search } = timing
    table.push([
      `\`/store/products\` page of 24, ${size.toLocaleString("en")} products: OCOP fields`,
      `median ${median(ocop).toFixed(1)} ms, p95 ${p95(ocop).toFixed(1)} ms`,
      `÷ same without OCOP fields ${(median(ocop) / median(shop)).toFixed(2)} (${median(shop).toFixed(1)} ms); ÷ stock defaults ${(median(ocop) / median(stock)).toFixed(2)} (${median(stock).toFixed(1)} ms)`,
    ])
    table.push([
      `one product by handle, ${size.toLocaleString("en")} products: OCOP fields`,
      `median ${median(ocopHandle).toFixed(1)} ms`,
      `÷ stock by handle ${(median(ocopHandle) / median(stockHandle)).toFixed(2)} (${median(stockHandle).toFixed(1)} ms)`,
    ])
    table.push([
      `\`POST /store/search\` (Vietnamese, typo-tolerant, stars facet), ${size.toLocaleString("en")} products`,
      `median ${median(search).toFixed(1)} ms, p95 ${p95(search).toFixed(1)} ms`,
      `÷ stock page of 24 ${(median(search) / median(stock)).toFixed(2)}`,
    ])
  }
  console.log(`\n| measure | figure | baseline / ratio |\n| --- | --- | --- |`)
  for (const r of table) console.log(`| ${r.join(" | ")} |`)
}

const SEARCHES = ["nuoc mam", "ca phe khe sanh", "mè", "thu nghiem 1234", "san pham du lieu", "tieu cua"]

/** Interleaved GETs: each round asks every variant for the same random page, so noise hits all alike. */
async function measure(backend, settings) {
  const headers = { "x-publishable-api-key": backend.publishableKey }
  const get = async (url, payload) => {
    const start = performance.now()
    const init = payload
      ? { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(payload) }
      : { headers }
    const res = await fetch(`${backend.url}${url}`, init)
    const body = await res.json()
    if (!res.ok) throw new Error(`${url} → ${res.status}: ${JSON.stringify(body).slice(0, 300)}`)
    return { ms: performance.now() - start, body }
  }
  const { body: regions } = await get("/store/regions")
  const region = regions.regions[0].id
  const { body: first } = await get(`/store/products?limit=1&fields=handle`)
  const pages = Math.max(1, Math.floor(first.count / 24))
  const handles = (await get(`/store/products?limit=200&fields=handle`)).body.products.map((p) => p.handle)
  const variants = {
    stock: (page) => `/store/products?limit=24&offset=${page * 24}`,
    shop: (page) =>
      `/store/products?limit=24&offset=${page * 24}&region_id=${region}&order=title&fields=${SHOP_FIELDS}`,
    ocop: (page) =>
      `/store/products?limit=24&offset=${page * 24}&region_id=${region}&order=title&fields=${OCOP_FIELDS}`,
    stockHandle: (_, handle) => `/store/products?handle=${handle}&region_id=${region}`,
    ocopHandle: (_, handle) => `/store/products?handle=${handle}&region_id=${region}&fields=${OCOP_FIELDS}`,
    search: (page) => [
      "/store/search",
      {
        entity: "product",
        filters: { q: SEARCHES[page % SEARCHES.length] },
        search_options: { typo_tolerance: true, facets: ["stars"] },
        pagination: { take: 24 },
      },
    ],
  }
  const { body: check } = await get(variants.ocop(0))
  if (!check.products.every((p) => p.certificates?.length && p.subject?.commune)) {
    throw new Error("the OCOP request did not return certificates and commune for every product")
  }
  const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]))
  for (let i = 0; i < requests + 20; i++) {
    const page = Math.floor(Math.random() * pages)
    const handle = handles[Math.floor(Math.random() * handles.length)]
    const order = Object.keys(variants).sort(() => Math.random() - 0.5)
    for (const name of order) {
      const request = variants[name](page, handle)
      const { ms } = await (Array.isArray(request) ? get(...request) : get(request))
      if (i >= 20) times[name].push(ms) // the first 20 rounds warm caches and the JIT
    }
  }
  say(`measured ${requests} rounds against ${first.count} listed products (${settings.backendPort})`)
  return times
}

try {
  await main()
} catch (err) {
  console.error(err.stack || err)
  process.exitCode = 1
} finally {
  await stopAll()
  await database?.stop().catch(() => {})
  if (!keep) fs.rmSync(dataDir, { recursive: true, force: true })
}
