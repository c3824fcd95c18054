#!/usr/bin/env node
// `npm run bench`: every benchmark in turn, one after the other (they share the machine's cores, so
// never in parallel), each printing its Markdown table; the tables are collected in one report.
//   node test/bench/all.mjs [--only national,resolver] [--report FILE]
// A benchmark that fails is reported and the rest still run; the exit code is non-zero if any failed.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const argv = process.argv.slice(2)
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback)
const report = option("--report", path.join(root, ".data", "bench-report.md"))

// Order: what needs a clean machine first; each starts and stops its own shop on its own ports.
const BENCHES = {
  startup: ["test/bench/startup.mjs"],
  labels: ["test/bench/labels.mjs"],
  resolver: ["test/bench/resolver.mjs"],
  pages: ["test/bench/pages.mjs"],
  revocation: ["test/bench/revocation.mjs"],
  "scan-load": ["test/bench/scan-load.mjs"],
  "checkout-storm": ["test/bench/checkout-storm.mjs"],
  national: ["test/bench/national.mjs"],
  "search-national": ["test/bench/search-national.mjs"],
  "producer-orders": ["test/bench/producer-orders.mjs"],
  "meeting-schedule": ["test/bench/meeting-schedule.mjs"],
}
const only = option("--only", Object.keys(BENCHES).join(",")).split(",")
const unknown = only.filter((name) => !BENCHES[name])
if (unknown.length) {
  console.error(`unknown benchmark ${unknown.join(", ")}; known: ${Object.keys(BENCHES).join(", ")}`)
  process.exit(2)
}

function runOne(name) {
  return new Promise((resolve) => {
    const t0 = performance.now()
    const child = spawn(process.execPath, BENCHES[name], { cwd: root, stdio: ["ignore", "pipe", "inherit"] })
    let out = ""
    child.stdout.on("data", (d) => {
      out += d
      process.stdout.write(d)
    })
    child.on("exit", (code) => resolve({ name, code, out, minutes: (performance.now() - t0) / 60_000 }))
  })
}

// The labels benchmark reads the built @ocop/labels package.
const build = spawn(path.join(root, "node_modules/.bin/tsc"), ["-p", "packages/labels/tsconfig.build.json"], {
  cwd: root,
  stdio: "inherit",
})
await new Promise((resolve) => build.on("exit", resolve))

const results = []
for (const name of only) {
  console.error(`\n=== ${name} ===`)
  results.push(await runOne(name))
}
const failed = results.filter((r) => r.code !== 0)
const header = `# Benchmark report\n\n${new Date().toISOString()} · ${process.version} · load average at the end ${(await import("node:os")).loadavg()[0].toFixed(1)}\n`
const body = results
  .map(
    (r) =>
      `\n## ${r.name} (${r.minutes.toFixed(1)} min${r.code ? `, FAILED with exit ${r.code}` : ""})\n\n${r.out.trim()}\n`,
  )
  .join("")
fs.mkdirSync(path.dirname(report), { recursive: true })
fs.writeFileSync(report, header + body)
console.error(`\nreport: ${report}${failed.length ? `; failed: ${failed.map((r) => r.name).join(", ")}` : ""}`)
process.exitCode = failed.length ? 1 : 0
