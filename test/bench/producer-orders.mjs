#!/usr/bin/env node
// Producers' orders at national scale: 200,000 parts of orders (about 400,000 lines) over 15,000
// producers, written straight into the producer module's tables (what the order.placed routing writes,
// without placing 200,000 real checkouts). Then, through the running backend:
//   - a producer's order list (`GET /store/producer/orders`, first page, a state's page, a deep page)
//     for heavy producers (2,000 parts each) and typical ones, p50/p95 against the same members'
//     `GET /store/producer` (the same guard, almost no work) measured in the same run;
//   - a month's settlement run for all producers (`POST /admin/producers/settlements`), worst case:
//     every part delivered in that one month, against a plain count of the month's lines.
//   node test/bench/producer-orders.mjs [--parts 200000] [--producers 15000] [--requests 300]
// It starts its own backend on spare ports with a throw-away data directory (built and seeded first).
// Figures go to stdout as a Markdown table for docs/benchmarks.md.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { prepareBackend } from "../../scripts/lib/backend.mjs"
import { startDatabase } from "../../scripts/lib/database.mjs"
import { loadSettings } from "../../scripts/lib/settings.mjs"
import { startBackendProcess } from "./lib/backend-process.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const argv = process.argv.slice(2)
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback)
const PARTS = Number(option("--parts", "200000"))
const PRODUCERS = Number(option("--producers", "15000"))
const REQUESTS = Number(option("--requests", "300"))
const HEAVY = 20 // producers with 2,000 parts each; the rest share what is left
const MONTH = "2026-11"
const dataDir = option("--data-dir", null) ?? fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bench-producer-orders-"))
fs.mkdirSync(dataDir, { recursive: true })
fs.chmodSync(dataDir, 0o755) // PostgreSQL runs as an unprivileged user when started by root
Object.assign(process.env, {
  OCOP_DATA_DIR: dataDir,
  BACKEND_PORT: "9490",
  STOREFRONT_PORT: "8490",
  PG_PORT: "54490",
  RESOLVER_PORT: "9493",
})
const t0 = Date.now()
const say = (msg) => console.error(`[producer-orders ${((Date.now() - t0) / 1000).toFixed(0)}s] ${msg}`)
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]
const ms = (x) => x.toFixed(1)

/** The national volume, in a few set-based statements: producers, parts, lines (1–3 per part). */
async function generate(db) {
  await db.query(`delete from producer_order_line where producer_order_id like 'bench_%'`)
  await db.query(`delete from producer_order where id like 'bench_%'`)
  await db.query(`delete from producer_statement where producer_id like 'bench_%'`)
  await db.query(`delete from producer_member where producer_id like 'bench_%'`)
  await db.query(`delete from producer where id like 'bench_%'`)
  await db.query(
    `insert into producer (id, subject_id, business_id, status)
     select 'bench_p' || g, 'bench_s' || g, 'bench_b' || g, 'active' from generate_series(1, $1) g`,
    [PRODUCERS],
  )
  // Parts 1..HEAVY*2000 belong to the heavy producers; the rest are spread evenly over the others.
  await db.query(
    `insert into producer_order (id, order_id, producer_id, display_id, placed_at, status, kind, location_id,
       payment_method, delivery_fee, carrier, tracking_number, confirmed_at, shipped_at, delivered_at)
     select 'bench_o' || g, 'bench_order' || g,
       'bench_p' || case when g <= $2 * 2000 then 1 + (g - 1) / 2000 else $2 + 1 + (g % ($3 - $2)) end,
       g, t, 'delivered', case when g % 7 = 0 then 'pickup' else 'delivery' end, null,
       (array['cod', 'vietqr', 'stripe'])[1 + g % 3], case when g % 7 = 0 then 0 else 15000 end,
       'ghn', 'GHN' || g, t + interval '2 hours', t + interval '1 day', t + interval '3 days'
     from generate_series(1, $1) g,
       lateral (select ($4::date + ((g * 7919) % (27 * 86400)) * interval '1 second') as t) at`,
    [PARTS, HEAVY, PRODUCERS, `${MONTH}-01`],
  )
  await db.query(
    `insert into producer_order_line (id, item_id, product_id, variant_id, title, variant_title, quantity,
       unit_price, product_group, canceled_at, cancel_reason, producer_order_id)
     select 'bench_l' || o.g || '_' || n, 'bench_item' || o.g || '_' || n, 'bench_prod' || (o.g % 20000),
       null, 'Sản phẩm ' || (o.g % 20000), 'Gói', 1 + (o.g + n) % 3, 50000 + 10000 * ((o.g + n) % 20),
       (array['tra', 'ca-phe', 'mat-ong'])[1 + n], case when (o.g + n) % 50 = 0 then o.t else null end,
       case when (o.g + n) % 50 = 0 then 'Hết hàng' else null end, 'bench_o' || o.g
     from (select g, ($2::date + ((g * 7919) % (27 * 86400)) * interval '1 second') as t
           from generate_series(1, $1) g) o,
       lateral generate_series(1, 1 + o.g % 3) n`,
    [PARTS, `${MONTH}-01`],
  )
  await db.query(`analyze producer_order; analyze producer_order_line; analyze producer`)
  const { rows } = await db.query(
    `select count(*)::int as n from producer_order_line where producer_order_id like 'bench_%'`,
  )
  return rows[0].n
}

/** Signed-in owners of some heavy and some typical producers: real customer accounts, made members. */
async function owners(db, backend, key) {
  const picks = [1, 2, 3, 4, 5, HEAVY + 1, HEAVY + 500, HEAVY + 5000, PRODUCERS - 10, PRODUCERS - 1]
  const who = []
  for (const n of picks) {
    const email = `bench-owner-${n}@example.vn`
    const password = "bench-owner-pass-1"
    const reg = await fetch(`${backend}/auth/customer/emailpass/register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    })
    let token = (await reg.json()).token
    if (!token) {
      const login = await fetch(`${backend}/auth/customer/emailpass`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password }),
      })
      token = (await login.json()).token
    }
    const created = await fetch(`${backend}/store/customers`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "x-publishable-api-key": key },
      body: JSON.stringify({ email }),
    })
    const customer = (await created.json()).customer
    const login = await fetch(`${backend}/auth/customer/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    })
    const signed = (await login.json()).token
    const { rows } = await db.query(`select id from customer where email = $1 and deleted_at is null`, [email])
    await db.query(
      `insert into producer_member (id, producer_id, customer_id, email, role) values ($1, $2, $3, $4, 'owner')
       on conflict do nothing`,
      [`bench_m${n}`, `bench_p${n}`, customer?.id ?? rows[0].id, email],
    )
    who.push({ n, heavy: n <= HEAVY, headers: { authorization: `Bearer ${signed}`, "x-publishable-api-key": key } })
  }
  return who
}

async function timed(url, headers) {
  const start = performance.now()
  const res = await fetch(url, { headers })
  await res.arrayBuffer()
  if (!res.ok) throw new Error(`${url} → ${res.status}`)
  return performance.now() - start
}

/** p50/p95 of `path` for each owner in turn, interleaved with the baseline so both see the same noise. */
async function measure(backend, who, pathOf) {
  const base = []
  const target = []
  for (let i = 0; i < REQUESTS; i++) {
    const w = who[i % who.length]
    base.push(await timed(`${backend}/store/producer`, w.headers))
    target.push(await timed(`${backend}${pathOf(w)}`, w.headers))
  }
  return { base, target }
}

let database
let backend
let db
try {
  const settings = await loadSettings(root, new Set(["--backend-only"]))
  database = await startDatabase(settings, say)
  const env = { ...(await prepareBackend(settings, database.url, say)), LOG_LEVEL: "info" }
  backend = await startBackendProcess(settings, env, { say, readyPath: "/01/08930000001054/10/NM2610" })
  db = new pg.Client({ connectionString: database.url })
  await db.connect()
  const g0 = performance.now()
  const lines = await generate(db)
  say(
    `${PARTS} parts, ${lines} lines over ${PRODUCERS} producers written in ${((performance.now() - g0) / 1000).toFixed(1)} s`,
  )
  const who = await owners(db, backend.url, env.MEDUSA_PUBLISHABLE_KEY)
  // Warm-up: the first requests compile routes and fill connection pools.
  for (const w of who) await timed(`${backend.url}/store/producer/orders`, w.headers)

  const rows = []
  const cases = [
    ["first page (20, newest)", () => "/store/producer/orders"],
    ["a state's page (delivered)", () => "/store/producer/orders?status=delivered"],
    ["a deep page (offset 200; typical producers have fewer)", () => "/store/producer/orders?offset=200"],
  ]
  for (const [name, pathOf] of cases) {
    for (const heavy of [true, false]) {
      const group = who.filter((w) => w.heavy === heavy)
      const { base, target } = await measure(backend.url, group, pathOf)
      rows.push([
        `${name}, ${heavy ? "heavy producers (2,000 parts)" : "typical producers (~13 parts)"}`,
        ms(pct(target, 50)),
        ms(pct(target, 95)),
        ms(pct(base, 95)),
        (pct(target, 95) / pct(base, 95)).toFixed(2),
      ])
    }
  }

  // The settlement run, worst case: all parts delivered in one month, every producer with a statement.
  const { token } = await (
    await fetch(`${backend.url}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: settings.admin.email, password: settings.admin.password }),
    })
  ).json()
  const admin = { authorization: `Bearer ${token}`, "content-type": "application/json" }
  const s0 = performance.now()
  await db.query(
    `select count(*), sum(l.quantity * l.unit_price) from producer_order_line l
     join producer_order p on p.id = l.producer_order_id where p.delivered_at >= $1 and p.delivered_at < $2`,
    [`${MONTH}-01T00:00:00+07:00`, "2026-12-01T00:00:00+07:00"],
  )
  const scan = (performance.now() - s0) / 1000
  const runs = []
  for (let i = 0; i < 3; i++) {
    const r0 = performance.now()
    const res = await fetch(`${backend.url}/admin/producers/settlements`, {
      method: "POST",
      headers: admin,
      body: JSON.stringify({ month: MONTH }),
    })
    const body = await res.json()
    if (!res.ok) throw new Error(`settlement run → ${res.status}: ${JSON.stringify(body)}`)
    runs.push({ seconds: (performance.now() - r0) / 1000, ...body })
  }
  const { rows: statements } = await db.query(
    `select count(*)::int as n, sum(net)::bigint as net from producer_statement where month = $1`,
    [MONTH],
  )

  console.log(
    `\n| producer order list (${PARTS.toLocaleString("en")} parts, ${PRODUCERS.toLocaleString("en")} producers; ${REQUESTS} requests each) | p50 ms | p95 ms | baseline p95 ms (\`GET /store/producer\`) | p95 ratio |`,
  )
  console.log("| --- | ---: | ---: | ---: | ---: |")
  for (const r of rows) console.log(`| ${r.join(" | ")} |`)
  console.log(`\n| settlement run, ${MONTH} (all ${PARTS.toLocaleString("en")} parts delivered in it) | seconds |`)
  console.log("| --- | ---: |")
  console.log(`| plain count of the month's lines (baseline) | ${scan.toFixed(2)} |`)
  runs.forEach((r, i) =>
    console.log(
      `| run ${i + 1}: ${r.producers.toLocaleString("en")} producers, ${r.written.toLocaleString("en")} statements written | ${r.seconds.toFixed(2)} |`,
    ),
  )
  console.log(
    `\n${statements[0].n} statements for ${MONTH}, net payable ${Number(statements[0].net).toLocaleString("en")} ₫`,
  )
} finally {
  await db?.end().catch(() => {})
  await backend?.stop().catch(() => {})
  await database?.stop?.().catch(() => {})
}
