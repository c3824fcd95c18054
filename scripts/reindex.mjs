#!/usr/bin/env node
// `npm run reindex [-- index…]`: rebuilds the search indexes from the database and prints their
// document counts (backend/src/scripts/reindex-search.ts, run by `medusa exec`). Works beside a
// running `npm start` (uses its PostgreSQL) and without one (starts the embedded PostgreSQL,
// building and migrating first as `npm start` would, then stops it).
import path from "node:path"
import { fileURLToPath } from "node:url"
import { backendEnv, prepareBackend } from "./lib/backend.mjs"
import { startDatabase } from "./lib/database.mjs"
import { assertPortFree, ConfigError } from "./lib/env-check.mjs"
import { run, stopAll } from "./lib/processes.mjs"
import { loadSettings } from "./lib/settings.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const indexes = process.argv.slice(2)
const t0 = Date.now()
const say = (msg) => console.log(`[reindex ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`)

let database
try {
  // --prepare-only: no server ports to check, none is started.
  const settings = await loadSettings(root, new Set(["--prepare-only"]))
  let env
  if (!settings.databaseUrl && (await inUse(settings.pgPort))) {
    // `npm start` is running: its database is up and its backend build is current.
    say(`using the running embedded PostgreSQL on port ${settings.pgPort}`)
    const url = `postgres://postgres:${encodeURIComponent(settings.postgresPassword)}@localhost:${settings.pgPort}/ocop`
    env = backendEnv(settings, url)
  } else {
    database = await startDatabase(settings, say)
    env = await prepareBackend(settings, database.url, say)
  }
  await run(
    path.join(root, "node_modules", ".bin", "medusa"),
    ["exec", "./src/scripts/reindex-search.js", ...indexes],
    {
      cwd: path.join(settings.backendDir, ".medusa", "server"),
      env,
      label: "reindex",
    },
  )
  say("done")
} catch (err) {
  console.error(`\n✖ ${err instanceof ConfigError ? err.message : err.stack || err}\n`)
  process.exitCode = 1
} finally {
  await stopAll()
  if (database) await database.stop().catch(() => {})
}

async function inUse(port) {
  return assertPortFree(port, "PostgreSQL", "PG_PORT").then(
    () => false,
    () => true,
  )
}
