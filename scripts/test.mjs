#!/usr/bin/env node
// `npm test`: type checks, lint, unit tests, backend integration tests against a
// real (embedded) PostgreSQL, then the system tests: npm start from cold and warm,
// the browser e2e in Chromium, and the distributed mode with Redis.
// `npm test -- unit integration` runs only the named stages (build always runs first).
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { buildWorkspaces } from "./lib/backend.mjs"
import { startEmbeddedPostgres } from "./lib/postgres.mjs"
import { stopAll } from "./lib/processes.mjs"
import { runGroups } from "./lib/test-stages.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const bin = (name) => path.join(root, "node_modules", ".bin", name)
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", MEDUSA_DISABLE_TELEMETRY: "true" }
const reports = path.join(root, ".data", "test-reports")
fs.rmSync(reports, { recursive: true, force: true })
// Each Vitest run also writes a JSON report, summed into one closing line.
const vitest = (io, stage, args, cwd = root, extra = {}) =>
  io.sh(
    bin("vitest"),
    [...args, "--reporter=default", "--reporter=json", `--outputFile=${path.join(reports, `${stage}.json`)}`],
    cwd,
    extra,
  )

const stages = {
  async build(io) {
    // The packages and plugins (core, labels, the OCOP and search plugins), built as `npm start` builds
    // them and stamped alike, so that the starts of the system stage rebuild nothing.
    await buildWorkspaces(root, { ...env, NODE_ENV: "production" }, io.say)
  },
  async typecheck(io) {
    await io.sh(process.execPath, ["scripts/typecheck.mjs"])
  },
  async lint(io) {
    await io.sh(bin("eslint"), [".", "--max-warnings", "0"])
    await io.sh(bin("prettier"), ["--check", "."])
  },
  async unit(io) {
    await vitest(io, "unit", ["run"])
  },
  async integration(io) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-it-pg-"))
    fs.chmodSync(dataDir, 0o755) // PostgreSQL runs as the "postgres" user when we are root
    const port = Number(process.env.IT_PG_PORT || 54339)
    const db = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, "pg"),
      port,
      database: "ocop_test",
      password: "postgres",
      // A throw-away server: nothing in it must survive a crash, so it never waits for the disk.
      settings: ["fsync=off", "synchronous_commit=off", "full_page_writes=off"],
    })
    try {
      // VITEST_ARGS narrows a run while working on one suite, e.g. VITEST_ARGS="search -t facets".
      const narrow = process.env.VITEST_ARGS?.split(" ").filter(Boolean) ?? []
      await vitest(io, "integration", ["run", ...narrow], path.join(root, "backend"), {
        DB_HOST: "localhost",
        DB_PORT: String(port),
      })
    } finally {
      await db.stop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  },
  async system(io) {
    await vitest(io, "system", ["run", "-c", "test/vitest.system.config.mts"])
  },
}
// Stages of one group run side by side: each is one process on about one core, and none reads what
// another writes. Integration (two suites at a time) and system (servers, browser) take both cores.
const groups = [["build"], ["typecheck", "lint", "unit"], ["integration"], ["system"]]

const wanted = process.argv.slice(2)
const unknown = wanted.filter((w) => !(w in stages))
if (unknown.length) {
  console.error(`unknown stage(s): ${unknown.join(", ")}; stages are ${Object.keys(stages).join(", ")}`)
  process.exit(2)
}
const chosen = groups
  .map((group) => group.filter((s) => !wanted.length || wanted.includes(s) || s === "build"))
  .filter((group) => group.length)
process.on("SIGINT", async () => {
  await stopAll()
  process.exit(130)
})

const ok = await runGroups(chosen, stages, { root, env })
summary()
if (!ok) {
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
