#!/usr/bin/env node
// `npm start`: the whole marketplace on one machine with zero set-up.
// Embedded PostgreSQL (unless DATABASE_URL is set) → build what changed →
// migrate → seed the demo once → backend :9000 → storefront :8000.
import path from "node:path"
import { fileURLToPath } from "node:url"
import { ConfigError } from "./lib/env-check.mjs"
import { stopAll } from "./lib/processes.mjs"
import { loadSettings } from "./lib/settings.mjs"
import { prepareBackend, startBackend } from "./lib/backend.mjs"
import { prepareStorefront, startStorefront } from "./lib/storefront.mjs"
import { startDatabase } from "./lib/database.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const args = new Set(process.argv.slice(2))
const t0 = Date.now()
const say = (msg) => console.log(`[ocop ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`)

let database
let stopping = false
async function shutdown(code) {
  if (stopping) return
  stopping = true
  say("stopping…")
  await stopAll()
  if (database) await database.stop().catch(() => {})
  process.exit(code)
}
// Stopping a running shop is the normal end (exit 0); interrupting the preparation is not (130).
let ready = false
const onSignal = () => shutdown(ready ? 0 : 130)
process.on("SIGINT", onSignal)
process.on("SIGTERM", onSignal)
process.on("SIGHUP", onSignal)

try {
  const settings = await loadSettings(root, args)
  database = await startDatabase(settings, say)
  const backendEnv = await prepareBackend(settings, database.url, say)
  if (args.has("--prepare-only")) {
    say("database migrated and seeded; not starting servers (--prepare-only)")
    ready = true
    await shutdown(0)
  }
  const storefrontBuild = args.has("--backend-only") ? null : prepareStorefront(settings, say)
  const backend = await startBackend(settings, backendEnv, say)
  if (storefrontBuild) {
    await storefrontBuild
    await startStorefront(settings, backend, say)
  }
  console.log(`
  OCOP Marketplace is running (demo data).
    Storefront  http://localhost:${settings.storefrontPort}
    Backend     http://localhost:${settings.backendPort}   (health: /health)
    Admin       http://localhost:${settings.backendPort}/app
                e-mail    ${settings.admin.email}
                password  ${settings.admin.password}   (generated on first start, kept in ${path.relative(root, settings.stateFile)})
  Press Ctrl-C to stop everything.
`)
  ready = true
  say("ready")
} catch (err) {
  console.error(`\n✖ ${err instanceof ConfigError ? err.message : err.stack || err}\n`)
  await shutdown(1)
}
