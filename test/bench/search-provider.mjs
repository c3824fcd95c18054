#!/usr/bin/env node
// Profiles PostgreSQL search statement by statement: Medusa's stock provider against the plugin's
// (plugins/search/src/providers/search-vietnamese), interleaved, on an existing product index.
//   node test/bench/search-provider.mjs --database-url URL [--index product_v1] [--sales-channel ID] [--rounds 7]
// The database of `node test/bench/listing.mjs --data-dir DIR` (start its PostgreSQL again on the
// same data directory) has the bench catalogue; the search plugin must be built (npm start or npm test do it).
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const require = createRequire(path.join(root, "backend/package.json"))
const pg = require("pg")
const built = (file) => require(path.join(root, "plugins/search/.medusa/server/src", file))
const { VietnameseSearchService } = built("providers/search-vietnamese/service.js")
const { productSearchFields } = built("search/_product-source.js")

const argv = process.argv.slice(2)
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback)
const url = option("--database-url", process.env.DATABASE_URL)
if (!url) throw new Error("--database-url is required")
const rounds = Number(option("--rounds", "7"))
const queries = ["nuoc mam", "ca phe khe sanh", "mè", "thu nghiem 1234", "san pham du lieu", "tieu cua"]

const client = new pg.Client({ connectionString: url })
await client.connect()
let timings = []
// The provider's database manager: `?` placeholders, every statement timed.
const manager = {
  async execute(sql, params = []) {
    let i = 0
    const started = performance.now()
    const result = await client.query(
      sql.replace(/\?/g, () => `$${++i}`),
      params,
    )
    timings.push(performance.now() - started)
    return result.rows
  },
}
const physical = option(
  "--index",
  (await manager.execute(`SELECT "name" FROM "search_postgres_index" LIMIT 1`))[0].name,
)
const channel = option("--sales-channel", (await manager.execute(`SELECT "id" FROM "sales_channel" LIMIT 1`))[0].id)
const index = {
  name: "product",
  physical_name: physical,
  primary_key: "id",
  fields: productSearchFields.toFields(),
  settings: {},
}
const options = { language: "vietnamese" }
const providers = {
  stock: new (Object.getPrototypeOf(VietnameseSearchService))({ manager }, options),
  plugin: new VietnameseSearchService({ manager }, options),
}
// What POST /store/search hands the provider for the benchmark's request.
const query = (q) => ({
  index,
  q,
  filters: { status: "published", sales_channel_ids: [channel] },
  attributes_to_retrieve: ["id", "handle", "title"],
  search_options: { typo_tolerance: true, facets: ["stars"] },
  pagination: { take: 24 },
})
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

console.log(`| query | stock provider | plugin's provider |\n| --- | --- | --- |`)
for (const q of queries) {
  const runs = { stock: [], plugin: [] }
  const last = {}
  for (let r = 0; r < rounds; r++) {
    for (const [name, provider] of Object.entries(providers)) {
      timings = []
      const started = performance.now()
      const result = await provider.search(query(q))
      runs[name].push(performance.now() - started)
      last[name] = `${result.metadata.count} hits; statements ${timings.map((t) => t.toFixed(0)).join("/")} ms`
    }
  }
  const cell = (name) => `${median(runs[name]).toFixed(0)} ms (${last[name]})`
  console.log(`| "${q}" | ${cell("stock")} | ${cell("plugin")} |`)
}
await client.end()
