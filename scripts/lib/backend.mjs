// The Medusa backend of `npm start`: built once per change of its sources,
// migrated once per change of its schema, seeded once per database.
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { buildIfChanged, fingerprint } from "./state.mjs"
import { run, startService, waitForHttp } from "./processes.mjs"

const bin = (root, name) => path.join(root, "node_modules", ".bin", name)

export function backendEnv(settings, databaseUrl) {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    JWT_SECRET: settings.jwtSecret,
    COOKIE_SECRET: settings.cookieSecret,
    MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL || `http://localhost:${settings.backendPort}`,
    STOREFRONT_URL: process.env.STOREFRONT_URL || `http://localhost:${settings.storefrontPort}`,
    STOREFRONT_REVALIDATE_SECRET: settings.revalidateSecret,
    VIETQR_WEBHOOK_SECRET: settings.vietqrWebhookSecret,
    TRACE_TOKEN_SECRET: settings.traceTokenSecret,
    ORDER_ACCESS_SECRET: settings.orderAccessSecret,
    // The embedded mode is a demonstration shop: without a receiving account of its own, VietQR
    // shows codes for the demo account (never in a deployment, where it refuses to start instead).
    VIETQR_DEMO: process.env.VIETQR_DEMO ?? (hasVietQrAccount() ? "false" : "true"),
    MEDUSA_DISABLE_TELEMETRY: "true",
    // Medusa's own request log (level "http") records every client's address and user agent; the
    // backend's access log (src/api/access-log.ts) keeps what operations need (docs/compliance.md).
    LOG_LEVEL: process.env.LOG_LEVEL || "info",
    OCOP_SEED_DIR: path.join(settings.root, "seed", "data"),
    // Private uploads (agreement PDFs, report photos) beside the public ones in .data: the server runs
    // in .medusa/server, which every rebuild of the backend deletes with whatever was kept there.
    PRIVATE_UPLOAD_DIR: process.env.PRIVATE_UPLOAD_DIR || path.join(settings.dataDir, "private-uploads"),
    PORT: String(settings.backendPort),
  }
}

function hasVietQrAccount() {
  return ["VIETQR_BANK_BIN", "VIETQR_ACCOUNT", "VIETQR_ACCOUNT_NAME"].some((name) => process.env[name])
}

const builder = (root, env, say) => (outputDir, inputs, label, command, args, cwd) =>
  buildIfChanged(outputDir, inputs, () => {
    say(label)
    return run(bin(root, command), args, { cwd, env, label, quiet: true })
  })

/**
 * Builds the packages and plugins the backend loads, each once per change of its sources (the
 * fingerprint sits in its output): `npm test` builds them the same way, so a start rebuilds nothing.
 */
export async function buildWorkspaces(root, env, say) {
  const build = builder(root, env, say)
  const core = path.join(root, "packages/core")
  const lock = path.join(root, "package-lock.json")
  await build(
    path.join(core, "dist"),
    [path.join(core, "src"), lock],
    "building @ocop/core",
    "tsc",
    ["-p", "packages/core/tsconfig.build.json"],
    root,
  )
  const labels = path.join(root, "packages/labels")
  await build(
    path.join(labels, "dist"),
    [path.join(labels, "src"), lock],
    "building @ocop/labels",
    "tsc",
    ["-p", "packages/labels/tsconfig.build.json"],
    root,
  )
  for (const [dir, name] of [
    [path.join(root, "plugins/ocop"), "the OCOP plugin"],
    [path.join(root, "plugins/search"), "the search plugin"],
  ]) {
    await build(
      path.join(dir, ".medusa/server"),
      [path.join(dir, "src"), path.join(core, "src"), lock],
      `building ${name}`,
      "medusa",
      ["plugin:build"],
      dir,
    )
  }
}

/** Builds, migrates and seeds as needed; returns the environment the server runs with. */
export async function prepareBackend(settings, databaseUrl, say) {
  const { root, state } = settings
  const env = backendEnv(settings, databaseUrl)
  const build = builder(root, env, say)
  const core = path.join(root, "packages/core")
  const plugin = path.join(root, "plugins/ocop")
  const searchPlugin = path.join(root, "plugins/search")
  const serverDir = path.join(settings.backendDir, ".medusa", "server")
  const lock = path.join(root, "package-lock.json")
  await buildWorkspaces(root, env, say)
  await build(
    serverDir,
    [
      path.join(settings.backendDir, "src"),
      path.join(settings.backendDir, "medusa-config.ts"),
      path.join(settings.backendDir, "instrumentation.ts"),
      path.join(plugin, "src"),
      path.join(searchPlugin, "src"),
      path.join(core, "src"),
      lock,
    ],
    "building the backend and admin dashboard (first start: about 2 minutes)",
    "medusa",
    ["build"],
    settings.backendDir,
  )
  linkUploads(serverDir, path.join(settings.dataDir, "uploads"))

  const dbKey = databaseKey(databaseUrl)
  const db = ((state.data.databases ??= {})[dbKey] ??= {})
  const schema = fingerprint([
    path.join(root, "package-lock.json"),
    path.join(root, "plugins/ocop/src/modules"),
    path.join(root, "plugins/search/src/providers/search-vietnamese/migrations"),
    path.join(settings.backendDir, "src/modules"),
    path.join(settings.backendDir, "src/links"),
    path.join(root, "plugins/ocop/src/links"),
  ])
  const facts = await databaseFacts(databaseUrl)
  if (db.schema !== schema || !facts.migrated) {
    say("migrating the database")
    await run(bin(root, "medusa"), ["db:migrate"], { cwd: serverDir, env, label: "migration", quiet: true })
    db.schema = schema
    state.save()
  }
  if (!facts.seeded || settings.forceSeed) {
    say("seeding the Quảng Trị demo data (first start only)")
    await run(bin(root, "medusa"), ["exec", "./src/scripts/seed.js"], {
      cwd: serverDir,
      env: { ...env, OCOP_ADMIN_EMAIL: settings.admin.email, OCOP_ADMIN_PASSWORD: settings.admin.password },
      label: "seed",
      quiet: true,
    })
  }
  const key = (await databaseFacts(databaseUrl)).publishableKey
  if (!key) throw new Error("the seed did not create the storefront's publishable key")
  env.MEDUSA_PUBLISHABLE_KEY = key
  return env
}

export async function startBackend(settings, env, say) {
  const serverDir = path.join(settings.backendDir, ".medusa", "server")
  say(`starting the backend on port ${settings.backendPort} and the resolver on port ${settings.resolverPort}`)
  const child = startService(bin(settings.root, "medusa"), ["start"], { cwd: serverDir, env, label: "backend" })
  // The resolver is a process of its own (decision 029), started beside the backend.
  const resolver = startService(bin(settings.root, "medusa"), ["exec", RESOLVER_SCRIPT], {
    cwd: serverDir,
    env: resolverEnv(settings, env),
    label: "resolver",
  })
  const url = `http://localhost:${settings.backendPort}`
  await Promise.all([
    waitForHttp(`${url}/health`, { child, timeoutMs: 120_000, label: "backend" }),
    waitForHttp(`http://localhost:${settings.resolverPort}${RESOLVER_READY_PATH}`, {
      child: resolver,
      timeoutMs: 120_000,
      label: "resolver",
    }),
  ])
  say("backend and resolver ready")
  return { url, publishableKey: env.MEDUSA_PUBLISHABLE_KEY }
}

/** The resolver process: `medusa exec` of this script, built into .medusa/server. */
export const RESOLVER_SCRIPT = "./src/scripts/resolver.js"
export const RESOLVER_READY_PATH = "/.well-known/gs1resolver"

/** Only the resolver process listens for codes: `medusa exec` scripts share `env` and must not. */
export function resolverEnv(settings, env) {
  return { ...env, TRACE_RESOLVER_PORT: String(settings.resolverPort) }
}

/** Uploaded files must survive rebuilds of .medusa/server, so its static/ points into .data. */
function linkUploads(serverDir, uploadsDir) {
  fs.mkdirSync(uploadsDir, { recursive: true })
  const link = path.join(serverDir, "static")
  if (fs.existsSync(link) && fs.lstatSync(link).isSymbolicLink() && fs.readlinkSync(link) === uploadsDir) return
  fs.rmSync(link, { recursive: true, force: true })
  fs.symlinkSync(uploadsDir, link)
}

function databaseKey(url) {
  const u = new URL(url)
  return `${u.hostname}:${u.port || 5432}${u.pathname}`
}

/** What the database itself says: migrated at all, seeded to the end, and the storefront's key. */
async function databaseFacts(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows: tables } = await client.query("select to_regclass('public.api_key') as t")
    if (!tables[0].t) return { migrated: false, seeded: false, publishableKey: null }
    const { rows: stores } = await client.query("select metadata->>'demo_seed' as seeded from store limit 1")
    const { rows } = await client.query(
      `select token from api_key where type = 'publishable' and title = 'OCOP Storefront'
         and revoked_at is null and deleted_at is null order by created_at limit 1`,
    )
    return { migrated: true, seeded: Boolean(stores[0]?.seeded), publishableKey: rows[0]?.token ?? null }
  } finally {
    await client.end()
  }
}
