import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { spawnSync } from "node:child_process"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
// @ts-expect-error -- plain ES module of the start script, shared rather than copied
import { startEmbeddedPostgres } from "../../scripts/lib/postgres.mjs"
import { killGroup, launch, waitForOutput, type Proc } from "../support/processes"
import { storeClient } from "../support/store-client"

/**
 * The distributed mode on one machine: Redis (Debian's redis-server), one
 * PostgreSQL, a Medusa `server` and a separate `worker`. An order placed
 * through the server emits `order.placed` onto the Redis event bus; only the
 * worker runs subscribers, so the confirmation e-mail proves the worker handled it.
 */
const root = path.resolve(__dirname, "../..")
const serverDir = path.join(root, "backend/.medusa/server")
const medusa = path.join(root, "node_modules/.bin/medusa")
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-dist-"))
fs.chmodSync(dataDir, 0o755)
const ports = { pg: 54359, redis: 16390, server: 9210, worker: 9211 }
const redisUrl = `redis://127.0.0.1:${ports.redis}`
const procs: Proc[] = []
let db: { url: string; stop: () => Promise<void> }

const medusaEnv = (mode: string, port: number) => ({
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: db.url,
  REDIS_URL: redisUrl,
  MEDUSA_WORKER_MODE: mode,
  PORT: String(port),
  JWT_SECRET: "distributed-test-jwt",
  COOKIE_SECRET: "distributed-test-cookie",
  TRACE_TOKEN_SECRET: "distributed-test-trace",
  ADMIN_DISABLED: "true",
  MEDUSA_BACKEND_URL: `http://localhost:${ports.server}`,
  MEDUSA_DISABLE_TELEMETRY: "true",
  // A production start without a VietQR account refuses to run; this test shop uses the demo one.
  VIETQR_DEMO: "true",
})

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: db.url })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows as T[]
  } finally {
    await client.end()
  }
}

beforeAll(async () => {
  const redis = launch(
    "redis-server",
    ["--port", String(ports.redis), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    {
      cwd: dataDir,
      env: process.env,
    },
  )
  procs.push(redis)
  await waitForOutput(redis, /Ready to accept connections/, 10_000)
  db = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, "pg"),
    port: ports.pg,
    database: "ocop",
    password: "postgres",
  })
  // An external DATABASE_URL plus REDIS_URL: the same path a production deployment takes.
  const prepared = spawnSync(process.execPath, ["scripts/start.mjs", "--prepare-only"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: db.url, REDIS_URL: redisUrl, OCOP_DATA_DIR: dataDir },
    encoding: "utf8",
  })
  expect(prepared.status, prepared.stdout + prepared.stderr).toBe(0)
})

afterAll(async () => {
  for (const p of procs) killGroup(p)
  await db?.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe("server + worker + Redis on one database", () => {
  it("an event emitted through the server is handled by the worker", async () => {
    const server = launch(medusa, ["start"], { cwd: serverDir, env: medusaEnv("server", ports.server) })
    procs.push(server)
    await waitForOutput(server, /Server is ready/i, 120_000)

    const [{ token }] = await query<{ token: string }>(
      "select token from api_key where type = 'publishable' and title = 'OCOP Storefront' and revoked_at is null",
    )
    const [{ id: regionId }] = await query<{ id: string }>("select id from region where name = 'Việt Nam'")
    const [{ id: variantId }] = await query<{ id: string }>(
      `select v.id from product_variant v join product p on p.id = v.product_id
        where p.status = 'published' and v.manage_inventory order by p.handle limit 1`,
    )
    const store = storeClient(`http://localhost:${ports.server}`, token)
    const { order } = await store.checkoutCashOnDelivery({
      regionId,
      variantId,
      email: "phan-tan@example.vn",
      shippingOption: /Giao hàng tận nơi/,
    })
    const confirmations = () =>
      query<{ template: string; to: string }>('select template, "to" from notification where resource_id = $1', [
        order.id,
      ])

    // The server runs no subscribers: the event waits in Redis.
    await new Promise((r) => setTimeout(r, 5000))
    expect(await confirmations()).toEqual([])

    const worker = launch(medusa, ["start"], { cwd: serverDir, env: medusaEnv("worker", ports.worker) })
    procs.push(worker)
    await expect
      .poll(confirmations, { timeout: 120_000, interval: 1000 })
      .toEqual([{ template: "order-placed", to: "phan-tan@example.vn" }])
  })
})
