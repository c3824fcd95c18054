#!/usr/bin/env node
// Search at national scale, the provider alone: the 14 queries of the national benchmark (and words
// typed without the space between syllables) against the synthetic national catalogue, answered by
// the plugin's PostgreSQL provider as it is and as it was before the vocabulary correction, in the
// same run, interleaved. No backend: its own PostgreSQL, the search plugin's migrations, the index
// created and filled by the provider itself with the documents `_product-source.ts` would make.
//   node test/bench/search-national.mjs [--scale 1] [--rounds 30] [--port 54362]
// The packages and plugins are built first as `npm start` builds them (nothing is done when current).
import fs from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { foldVietnamese, listingDecision, toneWords } from "@ocop/core"
import { buildWorkspaces } from "../../scripts/lib/backend.mjs"
import { startEmbeddedPostgres } from "../../scripts/lib/postgres.mjs"
import { nationalConfig, product, registryRow } from "../../seed/national/generate.mjs"
import { JOINED_QUERIES, QUERIES } from "./search-national-queries.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const require = createRequire(path.join(root, "backend/package.json"))
const pg = require("pg")
const providerDir = path.join(root, "plugins/search/.medusa/server/src/providers/search-vietnamese")

const argv = process.argv.slice(2)
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback)
const scale = Number(option("--scale", "1"))
const rounds = Number(option("--rounds", "30"))
const port = Number(option("--port", "54362"))
const t0 = Date.now()
const say = (msg) => console.error(`[bench search-national ${((Date.now() - t0) / 1000).toFixed(0)}s] ${msg}`)
const sorted = (xs) => [...xs].sort((a, b) => a - b)
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)]
const p95 = (xs) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]
const ms = (x) => `${x.toFixed(1)} ms`
const CHANNEL = "sc_bench_national"

/** The built plugins' code: the provider, the index's fields, the legal frameworks. */
function loadBuilt() {
  const { VietnameseSearchService } = require(path.join(providerDir, "service.js"))
  /** The provider as it was before the vocabulary: exactly, then typo tolerance over the documents. */
  class WithoutVocabulary extends VietnameseSearchService {
    async correctedQuery() {
      return undefined
    }
  }
  const { productSearchFields } = require(
    path.join(root, "plugins/search/.medusa/server/src/search/_product-source.js"),
  )
  const { LEGAL_FRAMEWORKS: frameworks } = require("@ocop/plugin")
  return { VietnameseSearchService, WithoutVocabulary, productSearchFields, frameworks }
}

/** The provider's migrations, in order, as Medusa runs them (each class's SQL, on one connection). */
async function migrate(client) {
  const files = fs.readdirSync(path.join(providerDir, "migrations")).filter((f) => /^Migration\d+\.js$/.test(f))
  for (const file of files.sort()) {
    for (const Migration of Object.values(require(path.join(providerDir, "migrations", file)))) {
      const migration = new Migration(undefined, undefined)
      await migration.up()
      for (const sql of migration.getQueries()) await client.query(sql)
    }
  }
}

/** The document `_product-source.ts` makes of a listed national product (no description, no English). */
function document(p, row) {
  const prices = p.variants.map((v) => v.price)
  return {
    id: `prod_nat_${p.handle.slice(-5)}`,
    handle: p.handle,
    title: p.title,
    subtitle: p.subtitle,
    producer: p.producer.name,
    status: "published",
    sales_channel_ids: [CHANNEL],
    stars: row.stars,
    certificate_number: row.certificate_number,
    valid_until: row.valid_until,
    group: p.group_code,
    commune: p.producer.commune_code,
    price: Math.min(...prices),
    folded: foldVietnamese([p.title, p.producer.name].join(" ")),
    tones: toneWords([p.title, p.subtitle, p.producer.name].join(" ")),
  }
}

/** Relevant = a listed product whose title holds every word of the query as meant, marks folded. */
function relevanceOver(titles) {
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

async function main() {
  await buildWorkspaces(root, { ...process.env, NODE_ENV: "production" }, say)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bench-search-national-"))
  fs.chmodSync(dataDir, 0o755) // PostgreSQL runs as an unprivileged user when started by root
  say(`PostgreSQL on port ${port}, data in ${dataDir}`)
  let db
  let client
  try {
    db = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port, database: "ocop", password: "bench" })
    client = new pg.Client({ connectionString: db.url })
    await client.connect()
    await run(client)
  } finally {
    await client?.end().catch(() => {})
    await db?.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

async function run(client) {
  const { VietnameseSearchService, WithoutVocabulary, productSearchFields, frameworks } = loadBuilt()
  await migrate(client)
  // The provider's database manager: `?` placeholders, as Medusa's knex-backed one takes them.
  const manager = {
    async execute(sql, params = []) {
      let i = 0
      return (
        await client.query(
          sql.replace(/\?/g, () => `$${++i}`),
          params,
        )
      ).rows
    },
  }
  const options = { language: "vietnamese" }
  const providers = {
    before: new WithoutVocabulary({ manager }, options),
    now: new VietnameseSearchService({ manager }, options),
  }
  const index = {
    name: "product",
    physical_name: "product_v1",
    primary_key: "id",
    fields: productSearchFields.toFields(),
    settings: {},
  }
  await providers.now.upsertIndex({ index })

  const cfg = nationalConfig({ scale })
  const listedTitles = []
  let batch = []
  const flush = async () => {
    if (batch.length)
      await providers.now.upsertDocuments({ index: index.physical_name, definition: index, documents: batch })
    batch = []
  }
  for (let i = 0; i < cfg.products; i++) {
    const row = registryRow(cfg, i, frameworks)
    if (!listingDecision([row], frameworks).listed) continue
    const p = product(cfg, i)
    listedTitles.push(p.title)
    batch.push(document(p, row))
    if (batch.length === 500) await flush()
  }
  await flush()
  await client.query(`ANALYZE`)
  const words = (await client.query(`SELECT count(*)::int AS n FROM "search_vietnamese_word"`)).rows[0].n
  say(`${listedTitles.length} listed of ${cfg.products} products indexed; vocabulary ${words} words`)

  const relevance = relevanceOver(listedTitles)
  // What POST /store/search hands the provider for the storefront's request.
  const query = (q) => ({
    index,
    q,
    filters: { status: "published", sales_channel_ids: [CHANNEL] },
    attributes_to_retrieve: ["id", "handle", "title"],
    search_options: { typo_tolerance: true, facets: ["stars"] },
    pagination: { take: 24 },
  })
  const pairs = [...QUERIES, ...JOINED_QUERIES].map((q) => (Array.isArray(q) ? q : [q, q]))
  const stats = new Map(pairs.map(([q]) => [q, { before: { ms: [] }, now: { ms: [] } }]))
  for (let r = 0; r < rounds + 5; r++) {
    for (const [q, meant] of pairs) {
      for (const name of Object.keys(providers).sort(() => Math.random() - 0.5)) {
        const started = performance.now()
        const result = await providers[name].search(query(q))
        const took = performance.now() - started
        const s = stats.get(q)[name]
        if (r >= 5) s.ms.push(took)
        if (r === 5) {
          const { matches, count } = relevance(meant)
          const top = result.hits.slice(0, 10).map((h) => h.document.title)
          s.precision = count === 0 ? Number(top.length === 0) : top.filter(matches).length / Math.min(10, count)
          s.found = result.metadata.count
          s.relevant = count
        }
      }
    }
  }
  report(stats, new Set(QUERIES.map((q) => (Array.isArray(q) ? q[0] : q))), listedTitles.length)
}

function report(stats, national, listed) {
  const all = (name, keep) => [...stats].filter(([q]) => keep(q)).flatMap(([, s]) => s[name].ms)
  const mean = (name, keep) => {
    const xs = [...stats].filter(([q]) => keep(q)).map(([, s]) => s[name].precision)
    return `${((xs.reduce((a, b) => a + b, 0) / xs.length) * 100).toFixed(0)} %`
  }
  const isNational = (q) => national.has(q)
  console.log(`\nProvider alone, ${listed.toLocaleString("en")} listed products, ${rounds} rounds, interleaved.\n`)
  console.log(`| measure | before (no vocabulary) | now | ratio now ÷ before |\n| --- | --- | --- | --- |`)
  const b = all("before", isNational)
  const n = all("now", isNational)
  console.log(`| the 14 queries: p50 | ${ms(median(b))} | ${ms(median(n))} | ${(median(n) / median(b)).toFixed(2)} |`)
  console.log(`| the 14 queries: p95 | ${ms(p95(b))} | ${ms(p95(n))} | ${(p95(n) / p95(b)).toFixed(2)} |`)
  console.log(
    `| relevance of the first 10 (mean of 14) | ${mean("before", isNational)} | ${mean("now", isNational)} | |`,
  )
  console.log(
    `\n| query | relevant | before: p50 / p95, first 10, found | now: p50 / p95, first 10, found |\n| --- | --- | --- | --- |`,
  )
  const cell = (s) => `${ms(median(s.ms))} / ${ms(p95(s.ms))}, ${(s.precision * 100).toFixed(0)} %, ${s.found}`
  for (const [q, s] of stats) {
    const tag = isNational(q) ? "" : " (joined, not in the 14)"
    console.log(`| "${q}"${tag} | ${s.now.relevant} | ${cell(s.before)} | ${cell(s.now)} |`)
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
