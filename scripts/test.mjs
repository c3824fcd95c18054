#!/usr/bin/env node
// `npm test`: type checks, lint, unit tests, backend integration tests against a
// real (embedded) PostgreSQL, then the system tests: npm start from cold and warm,
// the browser e2e in Chromium, and the distributed mode with Redis.
// `npm test -- unit integration` runs only the named stages.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { startEmbeddedPostgres } from "./lib/postgres.mjs"
import { run, stopAll } from "./lib/processes.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const bin = (name) => path.join(root, "node_modules", ".bin", name)
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", MEDUSA_DISABLE_TELEMETRY: "true" }
const reports = path.join(root, ".data", "test-reports")
fs.rmSync(reports, { recursive: true, force: true })
// Each Vitest run also writes a JSON report, summed into one closing line.
const vitest = (stage, args, cwd = root, extra = {}) =>
  sh(
    bin("vitest"),
    [...args, "--reporter=default", "--reporter=json", `--outputFile=${path.join(reports, `${stage}.json`)}`],
    cwd,
    extra,
  )
const sh = (cmd, args, cwd = root, extra = {}) =>
  run(cmd, args, { cwd, env: { ...env, ...extra }, label: `${path.basename(cmd)} ${args.join(" ")}` })

const stages = {
  async build() {
    await sh(bin("tsc"), ["-p", "packages/core/tsconfig.build.json"])
    await sh(bin("tsc"), ["-p", "packages/labels/tsconfig.build.json"])
    await sh(bin("medusa"), ["plugin:build"], path.join(root, "plugins/ocop"))
    await sh(bin("medusa"), ["plugin:build"], path.join(root, "plugins/search"))
  },
  async typecheck() {
    await sh(process.execPath, ["scripts/typecheck.mjs"])
  },
  async lint() {
    await sh(bin("eslint"), [".", "--max-warnings", "0"])
    await sh(bin("prettier"), ["--check", "."])
  },
  async unit() {
    await vitest("unit", ["run"])
  },
  async integration() {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-it-pg-"))
    fs.chmodSync(dataDir, 0o755) // PostgreSQL runs as the "postgres" user when we are root
    const port = Number(process.env.IT_PG_PORT || 54339)
    const db = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, "pg"),
      port,
      database: "ocop_test",
      password: "postgres",
    })
    try {
      // VITEST_ARGS narrows a run while working on one suite, e.g. VITEST_ARGS="search -t facets".
      const narrow = process.env.VITEST_ARGS?.split(" ").filter(Boolean) ?? []
      await vitest("integration", ["run", ...narrow], path.join(root, "backend"), {
        DB_HOST: "localhost",
        DB_PORT: String(port),
      })
    } finally {
      await db.stop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  },
  async system() {
    await vitest("system", ["run", "-c", "test/vitest.system.config.mts"])
  },
}

const wanted = process.argv.slice(2)
const order = Object.keys(stages).filter((s) => !wanted.length || wanted.includes(s) || s === "build")
const unknown = wanted.filter((w) => !(w in stages))
if (unknown.length) {
  console.error(`unknown stage(s): ${unknown.join(", ")}; stages are ${Object.keys(stages).join(", ")}`)
  process.exit(2)
}
const t0 = Date.now()
try {
  for (const name of order) {
    const t = Date.now()
    console.log(`\n=== ${name} ===`)
    await stages[name]()
    console.log(`=== ${name}: ok (${((Date.now() - t) / 1000).toFixed(0)} s)`)
  }
  console.log(`\nall stages passed in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${order.join(", ")}`)
  summary()
} catch (err) {
  console.error(`\n✖ ${err.message}`)
  summary()
  await stopAll()
  process.exit(1)
}

function summary() {
  let passed = 0
  let failed = 0
  for (const file of fs.existsSync(reports) ? fs.readdirSync(reports) : []) {
    const r = JSON.parse(fs.readFileSync(path.join(reports, file), "utf8"))
    passed += r.numPassedTests
    failed += r.numFailedTests
  }
  console.log(`${passed} passed, ${failed} failed`)
}
