#!/usr/bin/env node
// The national-scale benchmark: loads the synthetic national dataset (seed/national) and measures,
// against baselines taken in the same run:
//   - the load itself (goal ≤ 10 min for 20k products, 200k lots, 2M serials, 50k scans);
//   - the OCOP listing request against stock `/store/products` (goal ≤ 1.3×);
//   - search p50/p95 over a query set (goal p95 ≤ 25 ms) and its relevance (precision of the
//     first ten hits against what the generator knows is relevant), against Medusa's stock
//     `/store/products?q=` on the same queries.
//   node test/bench/national.mjs [--scale 1] [--rounds 30] [--data-dir DIR] [--skip-load]
// A kept --data-dir with --skip-load measures an already loaded database again.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { foldVietnamese, STORE_OCOP_FIELDS } from "@ocop/core"
import { prepareBackend, startBackend } from "../../scripts/lib/backend.mjs"
import { startDatabase } from "../../scripts/lib/database.mjs"
import { run, stopAll } from "../../scripts/lib/processes.mjs"
import { loadSettings } from "../../scripts/lib/settings.mjs"
import { searchIndexCaughtUp } from "./lib/search-index.mjs"
import { nationalConfig, product } from "../../seed/national/generate.mjs"
import { QUERIES } from "./search-national-queries.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const argv = process.argv.slice(2)
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback)
const scale = option("--scale", "1")
const rounds = Number(option("--rounds", "30"))
const dataDir = option("--data-dir", null) ?? fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bench-national-"))
fs.chmodSync(dataDir, 0o755) // PostgreSQL runs as an unprivileged user when started by root
const keep = argv.includes("--data-dir")

process.env.OCOP_DATA_DIR = dataDir
process.env.BACKEND_PORT ??= "9360"
process.env.RESOLVER_PORT ??= "9365"
process.env.PG_PORT ??= "54396"
const t0 = Date.now()
const say = (msg) => console.error(`[bench national ${((Date.now() - t0) / 1000).toFixed(0)}s] ${msg}`)
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]
const ms = (x) => `${x.toFixed(1)} ms`

const SHOP_FIELDS =
  "id,title,handle,subtitle,description,thumbnail,*images,*categories,*variants,*variants.calculated_price"
const OCOP_FIELDS = [SHOP_FIELDS, ...STORE_OCOP_FIELDS].join(",")

let database
async function main() {
  const settings = await loadSettings(root, new Set(["--backend-only"]))
  database = await startDatabase(settings, say)
  const env = { ...(await prepareBackend(settings, database.url, say)), LOG_LEVEL: "info" }
  const serverDir = path.join(settings.backendDir, ".medusa", "server")
  const rows = []
  // The server's first start builds the search index; the load then runs beside it, and its own
  // subscribers (medusa exec runs them) index what the registry import lists, as the worker would.
  const backend = await startBackend(settings, env, say)
  await searchIndexCaughtUp(backend, say)
  if (!argv.includes("--skip-load")) {
    say(`loading the national dataset at scale ${scale}`)
    const out = await run(
      path.join(root, "node_modules/.bin/medusa"),
      ["exec", path.join(root, "seed/national/load.mjs"), `scale=${scale}`],
      { cwd: serverDir, env, label: "national load", quiet: true },
    )
    const line = out.split("\n").find((l) => l.startsWith("NATIONAL "))
    if (!line) throw new Error(`the national load printed no result:\n${out.slice(-3000)}`)
    const { seconds, timings } = JSON.parse(line.slice(9))
    rows.push([
      "national dataset loaded (20k products, 200k lots, 2M serials, 50k scans, trade)",
      `${(seconds / 60).toFixed(1)} min`,
      `phases (s): ${Object.entries(timings)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}; goal ≤ 10 min`,
    ])
  }
  // Before/after of the serial write, the national load's largest table (fixtures/serials.mjs).
  const out = await run(
    path.join(root, "node_modules/.bin/medusa"),
    ["exec", path.join(root, "test/bench/fixtures/serials.mjs")],
    { cwd: serverDir, env, label: "serials fixture", quiet: true },
  )
  const serials = JSON.parse(
    out
      .split("\n")
      .find((l) => l.startsWith("BENCH "))
      .slice(6),
  )
  rows.push([
    `issuing ${serials.count.toLocaleString("en")} serials in one call (median of 3)`,
    `${(serials.count / median(serials.statement)).toFixed(0)} serials/s (one statement, now)`,
    `ORM's createSerials (before): ${(serials.count / median(serials.orm)).toFixed(0)} serials/s; ÷ ${(median(serials.orm) / median(serials.statement)).toFixed(1)}`,
  ])
  rows.push([
    `${serials.count.toLocaleString("en")} ids generated (median of 3)`,
    `${ms(median(serials.ids.batched) * 1000)} batched (now)`,
    `Medusa's generateEntityId one by one (before): ${ms(median(serials.ids.medusa) * 1000)}; ÷ ${(median(serials.ids.medusa) / median(serials.ids.batched)).toFixed(0)}`,
  ])
  await searchIndexCaughtUp(backend, say)
  rows.push(...(await measure(backend)))
  await stopAll()
  console.log(`\n| measure | figure | baseline / ratio |\n| --- | --- | --- |`)
  for (const r of rows) console.log(`| ${r.join(" | ")} |`)
}

/** Relevant = a listed national product whose title holds every query word, marks folded. */
function relevantTitles(listedHandles) {
  const cfg = nationalConfig({ scale: Number(scale) })
  const titles = []
  for (let i = 0; i < cfg.products; i++) {
    const p = product(cfg, i)
    if (listedHandles.has(p.handle)) titles.push(p.title)
  }
  const fold = (s) => foldVietnamese(s).toLowerCase()
  return (query) => {
    const words = fold(query).split(/\s+/)
    const matches = (title) => {
      const t = fold(title).split(/\s+/)
      return words.every((w) => t.includes(w))
    }
    return { matches, count: titles.filter(matches).length }
  }
}

async function measure(backend) {
  const headers = { "x-publishable-api-key": backend.publishableKey }
  const call = async (url, payload) => {
    const start = performance.now()
    const init = payload
      ? { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(payload) }
      : { headers }
    const res = await fetch(`${backend.url}${url}`, init)
    const body = await res.json()
    if (!res.ok) throw new Error(`${url} → ${res.status}: ${JSON.stringify(body).slice(0, 300)}`)
    return { ms: performance.now() - start, body }
  }
  const region = (await call("/store/regions")).body.regions[0].id
  const listed = new Set()
  for (let offset = 0; ; offset += 1000) {
    const { products, count } = (await call(`/store/products?limit=1000&offset=${offset}&fields=handle`)).body
    for (const p of products) listed.add(p.handle)
    if (offset + 1000 >= count) break
  }
  const pages = Math.max(1, Math.floor(listed.size / 24))
  const relevance = relevantTitles(listed)
  const search = (q) =>
    call("/store/search", {
      entity: "product",
      filters: { q },
      search_options: { typo_tolerance: true, facets: ["stars"] },
      pagination: { take: 24 },
    })
  const stockQ = (q) => call(`/store/products?q=${encodeURIComponent(q)}&limit=24&fields=id,title,handle`)
  const times = { stock: [], ocop: [], search: [], stockQ: [] }
  // Each query as typed, and what the shopper meant (the same, but for the misspelling).
  const queries = QUERIES.map((q) => (Array.isArray(q) ? q : [q, q]))
  const quality = new Map(
    queries.map(([q, meant]) => [
      q,
      { search: 0, stockQ: 0, found: 0, stockFound: 0, relevant: relevance(meant).count, ms: [] },
    ]),
  )
  const meaning = new Map(queries)
  const precision = (titles, q) => {
    const { matches, count } = relevance(meaning.get(q))
    const top = titles.slice(0, 10)
    return count === 0 ? (top.length === 0 ? 1 : 0) : top.filter(matches).length / Math.min(10, count)
  }
  for (let i = 0; i < rounds + 5; i++) {
    const page = Math.floor(Math.random() * pages)
    const tasks = {
      stock: () => call(`/store/products?limit=24&offset=${page * 24}`),
      ocop: () =>
        call(`/store/products?limit=24&offset=${page * 24}&region_id=${region}&order=title&fields=${OCOP_FIELDS}`),
    }
    for (const name of Object.keys(tasks).sort(() => Math.random() - 0.5)) {
      const { ms: t } = await tasks[name]()
      if (i >= 5) times[name].push(t)
    }
    for (const [q] of queries) {
      const [a, b] = Math.random() < 0.5 ? [search, stockQ] : [stockQ, search]
      const first = await a(q)
      const second = await b(q)
      const [s, k] = a === search ? [first, second] : [second, first]
      if (i < 5) continue
      times.search.push(s.ms)
      times.stockQ.push(k.ms)
      quality.get(q).ms.push(s.ms)
      if (i === 5) {
        const hits = s.body.results[0].hits.map((h) => h.document.title)
        quality.get(q).search = precision(hits, q)
        quality.get(q).stockQ = precision(
          k.body.products.map((p) => p.title),
          q,
        )
        quality.get(q).found = s.body.results[0].metadata.count
        quality.get(q).stockFound = k.body.count
      }
    }
  }
  say(`measured ${rounds} rounds against ${listed.size} listed products`)
  const avg = (key) => [...quality.values()].reduce((s, x) => s + x[key], 0) / quality.size
  const out = [
    [
      `OCOP listing request, page of 24, ${listed.size.toLocaleString("en")} listed`,
      `median ${ms(median(times.ocop))}, p95 ${ms(p95(times.ocop))}`,
      `÷ stock \`/store/products\` ${(median(times.ocop) / median(times.stock)).toFixed(2)} (${ms(median(times.stock))}); goal ≤ 1.3`,
    ],
    [
      `\`POST /store/search\`, ${QUERIES.length} queries × ${rounds}`,
      `p50 ${ms(median(times.search))}, p95 ${ms(p95(times.search))}`,
      `stock \`?q=\` p50 ${ms(median(times.stockQ))}, p95 ${ms(p95(times.stockQ))}; goal p95 ≤ 25 ms`,
    ],
    [
      "search relevance: share of the first 10 hits that are relevant (mean over the queries)",
      `${(avg("search") * 100).toFixed(0)} %`,
      `stock \`?q=\`: ${(avg("stockQ") * 100).toFixed(0)} %`,
    ],
  ]
  for (const [q, x] of quality)
    out.push([
      `  "${q}" (${x.relevant} relevant)`,
      `${(x.search * 100).toFixed(0)} %, ${x.found} found; p50 ${ms(median(x.ms))}, p95 ${ms(p95(x.ms))}`,
      `stock ${(x.stockQ * 100).toFixed(0)} %, ${x.stockFound} found`,
    ])
  return out
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
