import { execFileSync, spawnSync } from "node:child_process"
import fs from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { listingDecision, type CertificateFacts, type LegalFramework } from "@ocop/core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
// @ts-expect-error -- plain ES modules of the start script, shared rather than copied
import { startEmbeddedPostgres } from "../../scripts/lib/postgres.mjs"
// @ts-expect-error -- as above
import { backendEnv } from "../../scripts/lib/backend.mjs"
// @ts-expect-error -- as above
import { loadSettings } from "../../scripts/lib/settings.mjs"
import { killGroup, launch, type Proc } from "../support/processes"
import { launchRedis, sql } from "../support/services"

/**
 * A registry import killed while it holds the import lock, with the distributed mode's lock (Redis,
 * Debian's redis-server) and the import run from the command line as an operator runs it
 * (`medusa exec ./src/scripts/import-certificates.js <file.csv>` in the built backend). The first run
 * is killed with SIGKILL, nothing cleaned up, once it holds the lock and has written certificates;
 * a rerun started at once takes the lock when the dead run's lease lapses (seconds, not the 15
 * minutes the lock used to live) and leaves the shop exactly as the file says.
 */
const root = path.resolve(__dirname, "../..")
const serverDir = path.join(root, "backend/.medusa/server")
const medusa = path.join(root, "node_modules/.bin/medusa")
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-lock-"))
fs.chmodSync(dataDir, 0o755)
const ports = { pg: 54363, redis: 16393 }
const redisUrl = `redis://127.0.0.1:${ports.redis}`
const LOCK_KEY = "medusa_lock:ocop:registry-import"
/**
 * The lease the plugin gives the lock (`OCOP_REGISTRY_LEASE_SECONDS`; 30 s by default): shorter here,
 * so the rerun waits seconds rather than half a minute, with the same behaviour to show.
 */
const LEASE_SECONDS = 8
const SIZE = 1000 // enough rows for the first run to be caught holding the lock on 2 cores
const procs: Proc[] = []
let db: { url: string; stop: () => Promise<void> }
let env: NodeJS.ProcessEnv

type Row = Record<string, unknown> & CertificateFacts & { certificate_number: string; product_handle: string }

const seed = (file: string) => JSON.parse(fs.readFileSync(path.join(root, "seed/data", file), "utf8"))

/** One row per synthetic product, copied from the demo certificates (every row passes the checks). */
function syntheticRows(): Row[] {
  const { toRegistryRow } = createRequire(__filename)(path.join(serverDir, "src/seed/registry-rows.js"))
  const producers = new Map(seed("producers.json").map((p: { key: string }) => [p.key, p]))
  const templates: Row[] = seed("products.json").map((p: { producer: string }) =>
    toRegistryRow(p, producers.get(p.producer)),
  )
  const communes = seed("producers.json") as { commune_code: string }[]
  const types = ["enterprise", "cooperative", "cooperative_group", "household"]
  return Array.from({ length: SIZE }, (_, i) => {
    const n = Math.floor(i / 10) // ten products per producer
    return {
      ...templates[i % templates.length],
      certificate_number: `LOCK-${String(i).padStart(6, "0")}`,
      product_handle: `lock-${String(i).padStart(6, "0")}`,
      subject_key: `lock-producer-${n}`,
      subject_name: `Chủ thể thử nghiệm ${n}`,
      subject_type: types[n % types.length],
      subject_commune_code: communes[n % communes.length].commune_code,
    }
  })
}

function toCsv(rows: Row[]): string {
  const columns = Object.keys(rows[0])
  const cell = (v: unknown) => (v === null || v === undefined ? "" : `"${String(v).replace(/"/g, '""')}"`)
  return [columns.join(","), ...rows.map((r) => columns.map((c) => cell(r[c])).join(","))].join("\r\n")
}

const query = <T>(text: string, params: unknown[] = []) => sql<T>(db.url, text, params)

const redis = (...args: string[]) =>
  execFileSync("redis-cli", ["-p", String(ports.redis), ...args], { encoding: "utf8" }).trim()
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

beforeAll(async () => {
  procs.push(await launchRedis(ports.redis, dataDir))
  db = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, "pg"),
    port: ports.pg,
    database: "ocop",
    password: "postgres",
  })
  const prepareEnv = { ...process.env, DATABASE_URL: db.url, REDIS_URL: redisUrl, OCOP_DATA_DIR: dataDir }
  const prepared = spawnSync(process.execPath, ["scripts/start.mjs", "--prepare-only"], {
    cwd: root,
    env: prepareEnv,
    encoding: "utf8",
  })
  expect(prepared.status, prepared.stdout + prepared.stderr).toBe(0)
  // The environment `npm start` gives the backend's commands, with the settings the preparation saved.
  Object.assign(process.env, { OCOP_DATA_DIR: dataDir, DATABASE_URL: db.url, REDIS_URL: redisUrl })
  env = {
    ...backendEnv(await loadSettings(root, new Set(["--prepare-only"])), db.url),
    REDIS_URL: redisUrl,
    OCOP_REGISTRY_LEASE_SECONDS: String(LEASE_SECONDS),
  }
  // The products the file certifies, straight into the product table as drafts (new products are).
  await query(
    `insert into product (id, title, handle, status, created_at, updated_at)
     select 'prod_lock_' || lpad(i::text, 6, '0'), 'Sản phẩm thử nghiệm ' || i, 'lock-' || lpad(i::text, 6, '0'),
            'draft', now(), now()
       from generate_series(0, $1::int - 1) i`,
    [SIZE],
  )
})

afterAll(async () => {
  for (const p of procs) killGroup(p)
  await db?.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe("the registry import lock in the distributed mode", () => {
  it("leftover: a CLI import killed while holding the lock blocks the rerun only for its lease, and the rerun converges", async () => {
    const rows = syntheticRows()
    const file = path.join(dataDir, "registry.csv")
    fs.writeFileSync(file, toCsv(rows))
    const cli = () => {
      const proc = launch(medusa, ["exec", "./src/scripts/import-certificates.js", file], { cwd: serverDir, env })
      procs.push(proc)
      return proc
    }
    const written = async () =>
      (await query<{ n: number }>("select count(*)::int as n from ocop_certificate where number like 'LOCK-%'"))[0].n

    const first = cli()
    const launched = Date.now()
    while (!(redis("exists", LOCK_KEY) === "1" && (await written()) > 0)) {
      expect(first.child.exitCode, `the first run ended before it could be killed:\n${first.output()}`).toBeNull()
      expect(Date.now() - launched, "the first run never held the lock with certificates written").toBeLessThan(180_000)
      await sleep(50)
    }
    killGroup(first)
    const killed = Date.now()
    await first.exited
    // The dead run's lock is still there, and lapses within a lease rather than the old 900 s.
    const ttlAtKill = Number(redis("ttl", LOCK_KEY))
    expect(ttlAtKill).toBeGreaterThan(0)
    expect(ttlAtKill).toBeLessThanOrEqual(LEASE_SECONDS)
    expect(await query("select id from ocop_registry_run where source = 'csv'")).toEqual([])

    const rerun = cli()
    const code = await rerun.exited
    const finished = Date.now()
    expect(code, rerun.output()).toBe(0)
    const [run] = await query<{ started_at: Date; finished_at: Date; counts: Record<string, number> }>(
      "select started_at, finished_at, counts from ocop_registry_run where source = 'csv' and status = 'succeeded'",
    )
    // The rerun's run record starts when it took the lock.
    const lockWait = new Date(run.started_at).getTime() - killed
    expect(lockWait).toBeLessThan((LEASE_SECONDS + 60) * 1000)
    expect(run.counts.rejected).toBe(0)
    expect(Object.values(run.counts).reduce((a, b) => a + b, 0)).toBe(rows.length)
    expect(redis("exists", LOCK_KEY)).toBe("0")

    // Every certificate once, as the file says, linked to its product; every product listed exactly
    // when its certificate lists it.
    const [{ link }] = await query<{ link: string }>(
      `select table_name as link from information_schema.columns
        where column_name = 'certificate_id' and table_name like 'product%' limit 1`,
    )
    const stored = await query<{ number: string; status: string; stars: number; handle: string }>(
      `select c.number, c.status, c.stars, p.handle from ocop_certificate c
         join ${link} l on l.certificate_id = c.id and l.deleted_at is null
         join product p on p.id = l.product_id
        where c.number like 'LOCK-%' and c.deleted_at is null`,
    )
    const byNumber = new Map(stored.map((s) => [s.number, s]))
    expect(stored).toHaveLength(rows.length)
    expect(
      rows.filter((r) => {
        const s = byNumber.get(r.certificate_number)
        return !(s && s.status === r.status && s.stars === r.stars && s.handle === r.product_handle)
      }),
    ).toEqual([])
    const frameworks = (await query("select * from ocop_legal_framework")) as unknown as LegalFramework[]
    const status = new Map(
      (
        await query<{ handle: string; status: string }>("select handle, status from product where handle like 'lock-%'")
      ).map((p) => [p.handle, p.status]),
    )
    const shelfWrong = rows.filter(
      (r) => listingDecision([r], frameworks).listed !== (status.get(r.product_handle) === "published"),
    )
    expect(shelfWrong.map((r) => r.product_handle)).toEqual([])

    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
    console.log(
      [
        `\nCLI import killed while holding the registry lock (${rows.length} rows, lease ${LEASE_SECONDS} s)\n`,
        "| step | figure |",
        "| --- | --- |",
        `| launch → killed (lock held, certificates written) | ${s(killed - launched)} |`,
        `| lock's time to live at the kill | ${ttlAtKill} s |`,
        `| kill → the rerun holds the lock | ${s(lockWait)} |`,
        `| kill → the rerun converged and exited | ${s(finished - killed)} |`,
      ].join("\n"),
    )
  })
})
