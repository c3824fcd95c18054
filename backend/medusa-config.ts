import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { fileModule } from "./src/config/files"
import { infrastructureModules } from "./src/config/infrastructure"
import { paymentModule } from "./src/config/payments"
import { requireEnv } from "./src/config/require-env"
import { searchModule } from "./src/config/search"

loadEnv(process.env.NODE_ENV || "development", process.cwd())
// A deployment must sign its traceability labels: without the secret every printed serial would
// read as forged, so the server refuses to start instead (docs/traceability.md).
if (process.env.NODE_ENV === "production") requireEnv("TRACE_TOKEN_SECRET")
// Likewise guests' order links: without it no guest could open the order they placed (docs/security.md).
if (process.env.NODE_ENV === "production") requireEnv("ORDER_ACCESS_SECRET")

const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"
const workerMode = (process.env.MEDUSA_WORKER_MODE || "shared") as "shared" | "worker" | "server"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: requireEnv("DATABASE_URL"),
    redisUrl: process.env.REDIS_URL || undefined,
    // Session cookies are Secure whenever the backend is served over HTTPS. The embedded mode runs
    // the production build on plain http://localhost, where a Secure cookie would never be set and
    // officials could not log in to the admin.
    cookieOptions: { secure: backendUrl.startsWith("https://"), sameSite: "lax" },
    workerMode,
    http: {
      storeCors: process.env.STORE_CORS || storefrontUrl,
      adminCors: process.env.ADMIN_CORS || backendUrl,
      authCors: process.env.AUTH_CORS || `${storefrontUrl},${backendUrl}`,
      // No fallbacks: a missing secret must stop the server, not sign tokens with a known string.
      jwtSecret: requireEnv("JWT_SECRET"),
      cookieSecret: requireEnv("COOKIE_SECRET"),
    },
  },
  admin: {
    disable: process.env.ADMIN_DISABLED === "true" || workerMode === "worker",
    // The dashboard is built once and served by the backend it talks to: a relative URL keeps one
    // build valid on any host and port. Set ADMIN_BACKEND_URL only when the admin is hosted elsewhere.
    backendUrl: process.env.ADMIN_BACKEND_URL || "/",
  },
  featureFlags: {
    translation: true,
  },
  plugins: [
    { resolve: "@ocop/plugin", options: {} },
    // Product search: the index, its providers and the Meilisearch mirror (plugins/search).
    { resolve: "@ocop/search", options: {} },
  ],
  modules: [
    { resolve: "@medusajs/medusa/translation" },
    {
      // Medusa's e-mail and password sign-in, answering alike for known and unknown e-mails
      // (src/modules/auth-emailpass, docs/security.md).
      resolve: "@medusajs/medusa/auth",
      options: { providers: [{ resolve: "./src/modules/auth-emailpass", id: "emailpass" }] },
    },
    // Search on PostgreSQL, and on Meilisearch too when MEILISEARCH_HOST is set (src/config/search.ts).
    searchModule(process.env),
    // Uploaded files: on S3 (MinIO in docker-compose.yml) when S3_BUCKET is set, shared by every server,
    // else on this machine's disk; private ones never under a public address (src/config/files.ts).
    fileModule(process.env, backendUrl),
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            // Records e-mails and logs that they went, with no personal data, until an e-mail
            // service is configured (src/modules/notification-log, docs/compliance.md).
            resolve: "./src/modules/notification-log",
            id: "local",
            options: { channels: ["email"] },
          },
        ],
      },
    },
    // Cash on delivery (Medusa's system provider), VietQR bank transfer, and Stripe when configured
    // (src/config/payments.ts, docs/payments.md).
    paymentModule(process.env),
    // Incoming bank transfers reported by the bank's webhook, matched to VietQR payments.
    { resolve: "./src/modules/bank-transfer" },
    // Lots, serials, journeys and scans behind the traceability QR codes (docs/traceability.md).
    { resolve: "./src/modules/traceability" },
    // Writes the scans answered by Medusa's own resolver routes before the backend stops; the resolver
    // process (src/scripts/resolver.ts, decision 029) has a shutdown of its own.
    { resolve: "./src/resolver/lifecycle" },
    // Sales points, trade events, business profiles, offers and needs, meetings, agreements (docs/trade.md).
    { resolve: "./src/modules/trade" },
    // Who acts for a producer: owner and staff, invitations, officials' suspensions (docs/producers.md).
    { resolve: "./src/modules/producer" },
    // Data-subject requests (export, erasure) and officials' access to personal data (docs/compliance.md).
    { resolve: "./src/modules/data-rights" },
    // Buyers' reviews of delivered items, their moderation, replies and helpful votes (docs/reviews.md).
    { resolve: "./src/modules/review" },
    // Shoppers' return requests, decided by producers or officials (docs/returns.md).
    { resolve: "./src/modules/return-request" },
    // The operator's details, its versioned policies and the consents given to them (docs/decisions/036).
    { resolve: "./src/modules/policy" },
    ...infrastructureModules(process.env.REDIS_URL),
  ],
})
