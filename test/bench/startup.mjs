#!/usr/bin/env node
// Start-up benchmark: install (optional), cold start, warm start, backend and
// storefront memory, each next to a baseline measured in the same run.
//   node test/bench/startup.mjs [--install] [--runs N]
// Figures go to stdout as a Markdown table (copy into docs/benchmarks.md).
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { startShop, stopShop } from "./lib/npm-start.mjs"
import { rssOfListener } from "./lib/rss.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const args = process.argv.slice(2)
const runs = Number(args[args.indexOf("--runs") + 1]) || 3
const ports = { BACKEND_PORT: "9310", STOREFRONT_PORT: "8310", PG_PORT: "54369", RESOLVER_PORT: "9315" }
const rows = []

function timeCommand(cmd, cmdArgs, opts) {
  const t0 = performance.now()
  execFileSync(cmd, cmdArgs, { stdio: "ignore", ...opts })
  return (performance.now() - t0) / 1000
}

async function load(url, n) {
  for (let i = 0; i < n; i++) await (await fetch(url)).arrayBuffer()
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

if (args.includes("--install")) {
  const clone = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-install-"))
  execFileSync("git", ["clone", "-q", root, clone])
  const ci = timeCommand("npm", ["ci", "--no-audit", "--no-fund"], { cwd: clone })
  const baseline = timeCommand("npm", ["ci", "--no-audit", "--no-fund"], { cwd: clone })
  rows.push([
    "npm ci, fresh clone (npm cache warm)",
    `${ci.toFixed(0)} s`,
    `second npm ci in place: ${baseline.toFixed(0)} s`,
  ])
  fs.rmSync(clone, { recursive: true, force: true })
}

// A cold start builds everything: remove the build stamps so nothing is reused.
for (const dir of [
  "packages/core/dist",
  "plugins/ocop/.medusa/server",
  "plugins/search/.medusa/server",
  "backend/.medusa/server",
  "storefront/.next",
]) {
  fs.rmSync(path.join(root, dir, ".ocop-build"), { force: true })
}
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bench-"))
fs.chmodSync(dataDir, 0o755)
try {
  const cold = await startShop(dataDir, ports)
  await stopShop(cold.child)
  const warm = []
  let memory
  for (let i = 0; i < runs; i++) {
    const w = await startShop(dataDir, ports)
    warm.push(w.seconds)
    if (i === runs - 1) {
      const idle = rssOfListener(ports.BACKEND_PORT)
      await load(`http://localhost:${ports.STOREFRONT_PORT}/`, 50)
      memory = { idle, loaded: rssOfListener(ports.BACKEND_PORT), storefront: rssOfListener(ports.STOREFRONT_PORT) }
    }
    await stopShop(w.child)
  }
  const nodeBaseline =
    Number(execFileSync(process.execPath, ["-e", "console.log(process.memoryUsage().rss)"], { encoding: "utf8" })) /
    2 ** 20
  const w = median(warm)
  rows.push([
    "cold start (empty data dir: build, migrate, seed)",
    `${cold.seconds.toFixed(1)} s`,
    `warm/cold = ${(w / cold.seconds).toFixed(2)}`,
  ])
  rows.push([
    `warm start (median of ${runs})`,
    `${w.toFixed(1)} s`,
    `runs: ${warm.map((s) => s.toFixed(1)).join(", ")} s`,
  ])
  rows.push([
    "backend RSS, idle after start",
    `${memory.idle.toFixed(0)} MB`,
    `bare node process: ${nodeBaseline.toFixed(0)} MB`,
  ])
  rows.push([
    "backend RSS after 50 home-page renders",
    `${memory.loaded.toFixed(0)} MB`,
    `${(memory.loaded / nodeBaseline).toFixed(1)}× bare node`,
  ])
  rows.push([
    "storefront RSS after 50 home-page renders",
    `${memory.storefront.toFixed(0)} MB`,
    `${(memory.storefront / nodeBaseline).toFixed(1)}× bare node`,
  ])
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true })
}

console.log(`\n| measure | figure | baseline / ratio |\n| --- | --- | --- |`)
for (const r of rows) console.log(`| ${r.join(" | ")} |`)
