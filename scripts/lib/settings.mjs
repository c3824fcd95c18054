// Everything `npm start` needs to know, read from the environment (validated
// up front so a bad value fails in a second with advice, not after a build).
import path from "node:path"
import {
  assertPortFree,
  assertReachable,
  ConfigError,
  parseDatabaseUrl,
  parseMeilisearchHost,
  parseRedisUrl,
} from "./env-check.mjs"
import { loadState, randomSecret } from "./state.mjs"

function port(name, fallback) {
  const raw = process.env[name]
  if (raw === undefined || raw === "") return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new ConfigError(`${name}=${raw} is not a TCP port (1–65535)`)
  }
  return value
}

export async function loadSettings(root, args) {
  const dataDir = path.resolve(process.env.OCOP_DATA_DIR || path.join(root, ".data"))
  const settings = {
    root,
    dataDir,
    stateFile: path.join(dataDir, "state.json"),
    backendDir: path.join(root, "backend"),
    storefrontDir: path.join(root, "storefront"),
    backendPort: port("BACKEND_PORT", 9000),
    storefrontPort: port("STOREFRONT_PORT", 8000),
    // The traceability resolver's own listener in the backend process (backend/src/resolver).
    resolverPort: port("RESOLVER_PORT", 9001),
    pgPort: port("PG_PORT", 54329),
    databaseUrl: process.env.DATABASE_URL || null,
    redisUrl: process.env.REDIS_URL || null,
    // `npm run seed`: run the (idempotent) demo seed even if it already ran.
    forceSeed: args.has("--seed"),
  }

  if (settings.databaseUrl) parseDatabaseUrl(settings.databaseUrl)
  if (process.env.MEILISEARCH_HOST?.trim()) parseMeilisearchHost(process.env.MEILISEARCH_HOST.trim())
  const timeout = process.env.MEILISEARCH_TIMEOUT_MS
  if (timeout && !(Number.isInteger(Number(timeout)) && Number(timeout) > 0))
    throw new ConfigError(`MEILISEARCH_TIMEOUT_MS=${timeout} is not a number of milliseconds (a whole number above 0)`)
  if (settings.redisUrl) {
    const redis = parseRedisUrl(settings.redisUrl)
    await assertReachable(
      redis,
      3000,
      `Cannot reach Redis at ${redis.host}:${redis.port} (REDIS_URL). Start Redis there, or unset REDIS_URL to use the single-process mode`,
    )
  }
  if (!args.has("--prepare-only")) {
    await assertPortFree(settings.backendPort, "backend", "BACKEND_PORT")
    if (!args.has("--backend-only")) await assertPortFree(settings.storefrontPort, "storefront", "STOREFRONT_PORT")
    await assertPortFree(settings.resolverPort, "traceability resolver", "RESOLVER_PORT")
  }

  const state = loadState(dataDir)
  const s = state.data
  s.secrets ??= {}
  s.secrets.jwt ??= randomSecret()
  s.secrets.cookie ??= randomSecret()
  s.secrets.postgres ??= randomSecret(18)
  s.secrets.revalidate ??= randomSecret()
  s.secrets.vietqr ??= randomSecret()
  s.secrets.trace ??= randomSecret()
  s.secrets.orderAccess ??= randomSecret()
  s.admin ??= { email: "admin@ocop.local", password: randomSecret(12) }
  state.save()

  return {
    ...settings,
    state,
    admin: s.admin,
    jwtSecret: process.env.JWT_SECRET || s.secrets.jwt,
    cookieSecret: process.env.COOKIE_SECRET || s.secrets.cookie,
    postgresPassword: s.secrets.postgres,
    // Shared by the backend (signs) and the storefront (verifies) cache revalidation calls.
    revalidateSecret: process.env.STOREFRONT_REVALIDATE_SECRET || s.secrets.revalidate,
    // Signs the bank's VietQR transfer notifications (POST /hooks/vietqr); give the bank the same value.
    vietqrWebhookSecret: process.env.VIETQR_WEBHOOK_SECRET || s.secrets.vietqr,
    traceTokenSecret: process.env.TRACE_TOKEN_SECRET || s.secrets.trace,
    // Signs the links that let a guest read the order they placed (backend/src/access/order-token.ts).
    orderAccessSecret: process.env.ORDER_ACCESS_SECRET || s.secrets.orderAccess,
  }
}
