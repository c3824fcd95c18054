#!/usr/bin/env node
// GS1 Digital Link resolver throughput: the backend answering a machine's linkset request for a lot
// and for a signed serial, against a bare Node http server serving the same JSON bytes from memory,
// measured in the same rounds (the ratio is what counts on a noisy 2-core machine).
//   node test/bench/resolver.mjs [--seconds 8] [--connections 64] [--rounds 3] [--data-dir DIR]
//                                [--backend http://localhost:9000 --resolver http://localhost:9001
//                                 --state .data/state.json]
// Without --backend it starts its own `npm start` on spare ports (a fresh data dir builds and seeds).
// Figures go to stdout as a Markdown table for docs/benchmarks.md.
import fs from "node:fs"
import { spawn } from "node:child_process"
import os from "node:os"
import path from "node:path"
import { load } from "./lib/load.mjs"
import { startShop, stopShop } from "./lib/npm-start.mjs"

const argv = process.argv.slice(2)
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback)
const seconds = Number(option("--seconds", "8"))
const connections = Number(option("--connections", "64"))
const rounds = Number(option("--rounds", "3"))
const say = (msg) => console.error(`[bench resolver] ${msg}`)
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const LOT_PATH = "/01/08930000001054/10/NM2610" // seed/data/lots.json
const LINKSET = { accept: "application/linkset+json" }

let shop = null
let backend = option("--backend", null)
let stateFile = option("--state", null)
let resolver = option("--resolver", null)
let dataDir = null
if (!backend) {
  dataDir = option("--data-dir", null) ?? fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bench-resolver-"))
  fs.chmodSync(dataDir, 0o755) // PostgreSQL runs unprivileged when started by root
  const ports = { BACKEND_PORT: "9341", STOREFRONT_PORT: "8341", PG_PORT: "54391", RESOLVER_PORT: "9342" }
  say(`starting npm start in ${dataDir} (a fresh directory builds and seeds first)`)
  shop = (await startShop(dataDir, ports)).child
  backend = `http://localhost:${ports.BACKEND_PORT}`
  resolver = `http://localhost:${ports.RESOLVER_PORT}`
  stateFile = path.join(dataDir, "state.json")
}

/** A signed serial of the demo lot, read through the admin API as an official would. */
async function serialPath() {
  const { admin } = JSON.parse(fs.readFileSync(stateFile, "utf8"))
  const auth = await fetch(`${backend}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  })
  const headers = { authorization: `Bearer ${(await auth.json()).token}` }
  const { lots } = await (await fetch(`${backend}/admin/traceability/lots`, { headers })).json()
  const lot = lots.find((l) => l.code === "NM2610")
  // The PNG label's URL carries the token; its path and query are what a scanner requests.
  const { serials } = await (await fetch(`${backend}/admin/traceability/lots/${lot.id}/serials`, { headers })).json()
  const { default: jsQR } = await import("jsqr")
  const { default: sharp } = await import("sharp")
  const png = await fetch(
    `${backend}/admin/traceability/lots/${lot.id}/labels?format=png&serial=${serials[0].serial}`,
    {
      headers,
    },
  )
  const { data, info } = await sharp(Buffer.from(await png.arrayBuffer()))
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  const url = new URL(jsQR(new Uint8ClampedArray(data), info.width, info.height).data)
  return `${url.pathname}${url.search}`
}

const BARE_SERVER = `
const body = Buffer.from(process.env.BODY, "base64")
const headers = { "content-type": process.env.TYPE, "cache-control": "public, max-age=60", "content-length": body.length }
const server = require("node:http").createServer((_req, res) => { res.writeHead(200, headers); res.end(body) })
server.keepAliveTimeout = 65000
server.listen(0, "127.0.0.1", () => console.log(server.address().port))
`
let bare
try {
  const serial = await serialPath()
  const first = await fetch(`${resolver}${LOT_PATH}`, { headers: LINKSET })
  if (first.status !== 200) throw new Error(`${LOT_PATH} answered ${first.status}`)
  const body = Buffer.from(await first.arrayBuffer())
  const type = first.headers.get("content-type")
  // The baseline: the same bytes from memory, with nothing else to do, in a process of its own like
  // the backend (in this process it would share a thread with the load generator).
  bare = spawn(process.execPath, ["-e", BARE_SERVER], {
    env: { ...process.env, BODY: body.toString("base64"), TYPE: type },
    stdio: ["ignore", "pipe", "inherit"],
  })
  const port = await new Promise((resolve, reject) => {
    bare.stdout.once("data", (d) => resolve(Number(String(d).trim())))
    bare.once("exit", (code) => reject(new Error(`the bare server exited with ${code}`)))
  })
  const bareUrl = `http://127.0.0.1:${port}${LOT_PATH}`
  const targets = [
    ["bare Node http server, same JSON from memory", bareUrl],
    ["resolver listener, lot (`/01/{GTIN}/10/{lot}`)", `${resolver}${LOT_PATH}`],
    ["resolver listener, signed serial (`…/21/{serial}?s=`)", `${resolver}${serial}`],
    ["the same lot through Medusa's HTTP stack (`:9000`)", `${backend}${LOT_PATH}`],
  ]
  for (const [, url] of targets) await load(url, { connections: 8, seconds: 1, headers: LINKSET }) // warm-up
  const results = new Map(targets.map(([, url]) => [url, []]))
  for (let r = 1; r <= rounds; r++) {
    for (const [, url] of targets) {
      const result = await load(url, { connections, seconds, headers: LINKSET })
      if (result.errors) throw new Error(`${url}: ${result.errors} failed requests`)
      results.get(url).push(result)
      say(`round ${r} ${url}: ${result.rps.toFixed(0)} req/s, p99 ${result.p99.toFixed(1)} ms`)
    }
  }
  const baseline = median(results.get(bareUrl).map((x) => x.rps))
  console.log(`\n${connections} connections, ${seconds} s × ${rounds} rounds per target (medians)\n`)
  console.log("| target | throughput | p50 / p99 latency | ÷ bare Node |")
  console.log("| --- | --- | --- | --- |")
  for (const [label, url] of targets) {
    const xs = results.get(url)
    const rps = median(xs.map((x) => x.rps))
    const p50 = median(xs.map((x) => x.p50)).toFixed(1)
    const p99 = median(xs.map((x) => x.p99)).toFixed(1)
    console.log(`| ${label} | ${rps.toFixed(0)} req/s | ${p50} / ${p99} ms | ${(rps / baseline).toFixed(2)} |`)
  }
} finally {
  bare?.kill()
  if (shop) await stopShop(shop)
  if (dataDir && !argv.includes("--data-dir")) fs.rmSync(dataDir, { recursive: true, force: true })
}
