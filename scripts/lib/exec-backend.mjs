// Runs one of the backend's `medusa exec` scripts the way `npm start` would run the backend: beside
// a running `npm start` (using its PostgreSQL), or alone (starting the embedded PostgreSQL, building
// and migrating first, then stopping it).
import path from "node:path"
import { backendEnv, prepareBackend } from "./backend.mjs"
import { startDatabase } from "./database.mjs"
import { assertPortFree, ConfigError } from "./env-check.mjs"
import { run, stopAll } from "./processes.mjs"
import { loadSettings } from "./settings.mjs"

export async function execBackendScript(root, label, script, args) {
  const t0 = Date.now()
  const say = (msg) => console.log(`[${label} ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`)
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
    await run(path.join(root, "node_modules", ".bin", "medusa"), ["exec", script, ...args], {
      cwd: path.join(settings.backendDir, ".medusa", "server"),
      env,
      label,
    })
    say("done")
  } catch (err) {
    console.error(`\n✖ ${err instanceof ConfigError ? err.message : err.stack || err}\n`)
    process.exitCode = 1
  } finally {
    await stopAll()
    if (database) await database.stop().catch(() => {})
  }
}

async function inUse(port) {
  return assertPortFree(port, "PostgreSQL", "PG_PORT").then(
    () => false,
    () => true,
  )
}
