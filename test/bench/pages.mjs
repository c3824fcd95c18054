#!/usr/bin/env node
// Storefront page throughput: pages served whole from Next's cache (home, product, producer, the
// catalogue browsed by facets) and the catalogue rendered per request (a free-text search), each
// against a page Next prerendered at build (/vi/about) measured in the same rounds.
//   node test/bench/pages.mjs [--seconds 8] [--connections 16] [--rounds 3] [--data-dir DIR]
// It starts its own `npm start` on spare ports (a fresh data dir builds and seeds first).
// Figures go to stdout as a Markdown table for docs/benchmarks.md.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { load } from "./lib/load.mjs"
import { startShop, stopShop } from "./lib/npm-start.mjs"
import { sampleRss } from "./lib/rss.mjs"

const argv = process.argv.slice(2)
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback)
const seconds = Number(option("--seconds", "8"))
const connections = Number(option("--connections", "16"))
const rounds = Number(option("--rounds", "3"))
const dataDir = option("--data-dir", null) ?? fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bench-pages-"))
fs.chmodSync(dataDir, 0o755) // PostgreSQL runs unprivileged when started by root
const ports = { BACKEND_PORT: "9340", STOREFRONT_PORT: "8340", PG_PORT: "54390", RESOLVER_PORT: "9345" }
const base = `http://localhost:${ports.STOREFRONT_PORT}`
const say = (msg) => console.error(`[bench pages] ${msg}`)

const targets = [
  ["static page prerendered at build (`/vi/about`)", "/vi/about"],
  ["product page, cached whole", "/vi/products/nuoc-mam-tung-van"],
  ["producer page, cached whole", "/vi/producers/tung-van"],
  ["home, cached whole (eight featured products)", "/vi"],
  ["facet page: 4★, cached whole", "/vi/products?stars=4"],
  ["facet page: a product group, cached whole", "/vi/products?group=I.3.c"],
  ["facet page: a commune, cached whole", "/vi/products?commune=X%C3%A3%20C%E1%BB%ADa%20T%C3%B9ng"],
  ["catalogue, free-text search rendered per request", "/vi/products?q=nuoc+mam"],
]

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

say(`starting npm start in ${dataDir} (a fresh directory builds and seeds first)`)
const { child } = await startShop(dataDir, ports)
try {
  for (const [, url] of targets) {
    for (let i = 0; i < 3; i++) {
      const res = await fetch(base + url, { headers: { "accept-encoding": "gzip" } })
      if (!res.ok) throw new Error(`${url} answered ${res.status}`)
      const bytes = (await res.arrayBuffer()).byteLength
      if (i === 2)
        say(`${url}: ${(bytes / 1024).toFixed(0)} KB of HTML, cache ${res.headers.get("x-nextjs-cache") ?? "—"}`)
    }
  }
  const results = new Map(targets.map(([, url]) => [url, []]))
  // Memory under load: the peak of each server's process tree over all rounds.
  const stopSampling = sampleRss({ backend: ports.BACKEND_PORT, storefront: ports.STOREFRONT_PORT })
  for (let r = 1; r <= rounds; r++) {
    // Interleaved: every page sees the same machine noise within a round.
    for (const [, url] of targets) {
      const result = await load(base + url, { connections, seconds })
      if (result.errors) throw new Error(`${url}: ${result.errors} failed requests`)
      results.get(url).push(result)
      say(`round ${r} ${url}: ${result.rps.toFixed(0)} req/s, p99 ${result.p99.toFixed(0)} ms`)
    }
  }
  const peaks = stopSampling()
  const baseline = median(results.get(targets[0][1]).map((x) => x.rps))
  console.log(`\n${connections} connections, ${seconds} s × ${rounds} rounds per page (medians)\n`)
  console.log("| page | throughput | p50 / p99 latency | ÷ static page |")
  console.log("| --- | --- | --- | --- |")
  for (const [label, url] of targets) {
    const xs = results.get(url)
    const rps = median(xs.map((x) => x.rps))
    console.log(
      `| ${label} | ${rps.toFixed(0)} req/s | ${median(xs.map((x) => x.p50)).toFixed(0)} / ${median(xs.map((x) => x.p99)).toFixed(0)} ms | ${(rps / baseline).toFixed(2)} |`,
    )
  }
  console.log(
    `\nPeak RSS during the rounds: backend ${peaks.backend.toFixed(0)} MB (goal ≤ 600 MB), storefront ${peaks.storefront.toFixed(0)} MB`,
  )
} finally {
  await stopShop(child)
  if (!argv.includes("--data-dir")) fs.rmSync(dataDir, { recursive: true, force: true })
}
