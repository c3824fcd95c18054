// Loads the synthetic national dataset (generate.mjs) into the shop through its own import paths, in
// batches: administrative units through the plugin's reference-data workflow, products through
// Medusa's createProductsWorkflow (as drafts), certificates through the registry import (which lists
// what the rule allows), lots and serials through the lot import workflow, scans through the scan
// recorder's batched write, businesses, fairs and agreements through the trade workflows.
// Run inside the backend by `medusa exec` (seed/national/run.mjs). Each phase skips what is already
// there, so an interrupted load resumes where it stopped.
import { spawn } from "node:child_process"
import fs from "node:fs"
import { Session } from "node:inspector/promises"
import { createRequire } from "node:module"
import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomersWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { toHandle } from "@ocop/core"
import {
  adminUnits,
  agreement,
  business,
  fair,
  lot,
  nationalConfig,
  producer,
  product,
  registryRow,
  scansOfLot,
} from "./generate.mjs"
import { productInput } from "./product-input.mjs"

const BATCH = { units: 1000, products: 500, certificates: 2000, lotProducts: 200, trade: 50 }

export default async function loadNational({ container, args }) {
  // `medusa exec` takes positional arguments only: `scale=0.01 seed=7 as-of=2026-11-29 only=lots`.
  const named = Object.fromEntries(args.map((a) => a.split("=", 2)))
  const option = (name, fallback) => named[name.replace(/^--/, "")] ?? fallback
  const cfg = nationalConfig({
    scale: Number(option("--scale", "1")),
    seed: Number(option("--seed", "20261129")),
    asOf: option("--as-of", undefined),
  })
  const only = option("--only", "units,products,certificates,lots,trade").split(",")
  // part=k/n: this process writes the products and lots whose index i has i % n = k.
  const [part, parts] = option("part", "0/1").split("/").map(Number)
  const processes = Number(option("processes", "2"))
  const t0 = performance.now()
  const label = parts > 1 ? `national ${part + 1}/${parts}` : "national"
  const say = (msg) => console.log(`[${label} ${((performance.now() - t0) / 1000).toFixed(0)}s] ${msg}`)
  say(`scale ${JSON.stringify(cfg)}`)
  // The plugin's frameworks, as the registry import checks certificates against them, and its workflow ids.
  const backendRequire = createRequire(path.join(process.cwd(), "package.json"))
  const { LEGAL_FRAMEWORKS: frameworks, OcopWorkflows } = backendRequire("@ocop/plugin")
  const Workflows = { ...OcopWorkflows, ...backendWorkflowIds(backendRequire) }
  const mine = (i) => i % parts === part
  const ctx = {
    container,
    cfg,
    say,
    frameworks,
    Workflows,
    mine,
    engine: container.resolve(Modules.WORKFLOW_ENGINE),
  }
  // Products and lots are written by `processes` processes side by side: Medusa's product workflow
  // keeps one core busy in one process, and this machine has two. The others are this same script.
  const helpers = parts === 1 && processes > 1
  const alongside = (phase) =>
    helpers
      ? Array.from({ length: processes - 1 }, (_, k) => sibling(args, [`only=${phase}`, `part=${k + 1}/${processes}`]))
      : []
  const timings = {}
  // profile=FILE writes a CPU profile of each phase (FILE-phase.cpuprofile), for Chrome's DevTools.
  const profile = option("profile", null)
  const inspector = profile ? new Session() : null
  inspector?.connect()
  for (const [name, phase] of Object.entries({ units, products, certificates, lots, trade })) {
    if (!only.includes(name)) continue
    const started = performance.now()
    if (inspector) await inspector.post("Profiler.enable").then(() => inspector.post("Profiler.start"))
    const shared = name === "products" || name === "lots"
    const others = shared ? alongside(name) : []
    await phase(shared && helpers ? { ...ctx, mine: (i) => i % processes === 0 } : ctx)
    await Promise.all(others)
    if (inspector) {
      const { profile: cpu } = await inspector.post("Profiler.stop")
      fs.writeFileSync(`${profile}-${name}.cpuprofile`, JSON.stringify(cpu))
    }
    timings[name] = Math.round((performance.now() - started) / 100) / 10
    say(`${name} done in ${timings[name]} s`)
  }
  const seconds = Math.round((performance.now() - t0) / 100) / 10
  say(`loaded in ${seconds} s`)
  console.log(`NATIONAL ${JSON.stringify({ seconds, timings, cfg })}`)
}

/** The same script in another `medusa exec` process, for one part of a phase; rejects if it fails. */
function sibling(args, extra) {
  const keep = args.filter((a) => !/^(only|part|profile)=/.test(a))
  const medusa = path.join(path.dirname(createRequire(import.meta.url).resolve("@medusajs/cli/package.json")), "cli.js")
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [medusa, "exec", new URL(import.meta.url).pathname, ...keep, ...extra], {
      cwd: process.cwd(),
      env: process.env,
      stdio: ["ignore", "pipe", "inherit"],
    })
    child.stdout.on("data", (d) => {
      for (const line of String(d).split("\n")) if (line.startsWith("[national")) console.log(line)
    })
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${extra.join(" ")} exited with ${code}`))))
  })
}

/** Progress every batch: done/total, rate, and an estimate of what is left. */
function progress(say, label, total) {
  const t0 = performance.now()
  return (done) => {
    const s = (performance.now() - t0) / 1000
    const rate = done / Math.max(s, 0.001)
    const left = rate > 0 ? (total - done) / rate : 0
    say(
      `${label} ${done.toLocaleString("en")}/${total.toLocaleString("en")} (${rate.toFixed(0)}/s, ~${left.toFixed(0)} s left)`,
    )
  }
}

/**
 * The backend's workflow ids, from its build (this script runs in `backend/.medusa/server`, where
 * Medusa loaded these same files, so nothing registers twice).
 */
function backendWorkflowIds(backendRequire) {
  const id = (file, name) => backendRequire(`./src/workflows/${file}.js`)[name]
  return {
    importLots: id("traceability/import-lots", "importLotsWorkflowId"),
    saveBusinessProfile: id("trade/business/save-business-profile", "saveBusinessProfileWorkflowId"),
    reviewBusiness: id("trade/business/review-business", "reviewBusinessWorkflowId"),
    saveTradeEvent: id("trade/events/save-trade-event", "saveTradeEventWorkflowId"),
    saveExhibitor: id("trade/events/save-exhibitor", "saveExhibitorWorkflowId"),
    createAgreement: id("trade/agreements/create-agreement", "createAgreementWorkflowId"),
    signAgreement: id("trade/agreements/sign-agreement", "signAgreementWorkflowId"),
  }
}

async function run(engine, id, input) {
  if (typeof id !== "string") throw new Error("unknown workflow id (has the backend been rebuilt?)")
  const { result, errors } = await engine.run(id, { input, throwOnError: false })
  if (errors?.length) throw errors[0].error
  return result
}

async function units({ engine, cfg, say, frameworks, Workflows }) {
  const all = [...adminUnits(cfg)]
  const tick = progress(say, "administrative units", all.length)
  for (let i = 0; i < all.length; i += BATCH.units) {
    await run(engine, Workflows.upsertReferenceData, {
      frameworks,
      units: all.slice(i, i + BATCH.units),
      successions: [],
    })
    tick(Math.min(all.length, i + BATCH.units))
  }
}

async function products({ container, cfg, say, mine }) {
  const productModule = container.resolve(Modules.PRODUCT)
  const existing = await productModule.listProducts({ handle: { $like: "nat-%" } }, { select: ["handle"], take: null })
  const done = new Set(existing.map((p) => p.handle))
  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: "OCOP Storefront" })
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { take: 1 })
  if (!channel || !profile) throw new Error("run the demo seed first (npm start or npm run seed): no sales channel")
  const categories = await productModule.listProductCategories(
    { handle: { $like: "ocop-%" } },
    { select: ["id", "handle"], take: null },
  )
  const categoryOf = new Map(categories.map((c) => [c.handle, c.id]))
  const missing = [...new Set(Array.from({ length: cfg.products }, (_, i) => product(cfg, i).group_code))].filter(
    (code) => !categoryOf.has(`ocop-${toHandle(code)}`),
  )
  if (missing.length) throw new Error(`no product category for OCOP product sets ${missing.join(", ")}`)
  const [demo] = await productModule.listProducts({ handle: "nuoc-mam-tung-van" }, { select: ["thumbnail"] })
  const todo = []
  for (let i = 0; i < cfg.products; i++) if (mine(i) && !done.has(product(cfg, i).handle)) todo.push(i)
  say(`products: ${done.size} present, ${todo.length} to create`)
  const tick = progress(say, "products", todo.length)
  for (let b = 0; b < todo.length; b += BATCH.products) {
    const batch = todo.slice(b, b + BATCH.products).map((i) => {
      const p = product(cfg, i)
      return productInput(p, {
        category_id: categoryOf.get(`ocop-${toHandle(p.group_code)}`),
        thumbnail: demo?.thumbnail ?? null,
        shipping_profile_id: profile.id,
        sales_channel_id: channel.id,
        metadata: { seed: "national-synthetic" },
      })
    })
    await createProductsWorkflow(container).run({ input: { products: batch } })
    tick(Math.min(todo.length, b + BATCH.products))
  }
}

async function certificates({ container, engine, cfg, say, frameworks, Workflows }) {
  const { data: held } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "certificate",
    fields: ["number"],
    filters: { number: { $like: "TH-%" } },
  })
  const present = new Set(held.map((c) => c.number))
  const rows = []
  for (let i = 0; i < cfg.products; i++) {
    const row = registryRow(cfg, i, frameworks)
    if (!present.has(row.certificate_number)) rows.push(row)
  }
  say(`certificates: ${present.size} present, ${rows.length} to import`)
  const tick = progress(say, "certificates (registry import)", rows.length)
  const counts = {}
  for (let i = 0; i < rows.length; i += BATCH.certificates) {
    const result = await run(engine, Workflows.importCertificates, {
      source: "seed",
      rows: rows.slice(i, i + BATCH.certificates),
    })
    if (result.errors.length)
      throw new Error(`the registry import refused rows: ${JSON.stringify(result.errors.slice(0, 5))}`)
    for (const [k, v] of Object.entries(result.counts)) counts[k] = (counts[k] ?? 0) + v
    tick(Math.min(rows.length, i + BATCH.certificates))
  }
  say(`certificates: ${JSON.stringify(counts)}`)
}

async function lots({ container, engine, cfg, say, mine, Workflows }) {
  const productIds = await idsByHandle(container, cfg)
  const traceability = container.resolve("traceability")
  const withLots = new Set(
    (await traceability.listLots({ code: { $like: "TH%" } }, { select: ["product_id"], take: null })).map(
      (l) => l.product_id,
    ),
  )
  const todo = []
  for (let i = 0; i < cfg.products; i++)
    if (mine(i) && !withLots.has(productIds.get(product(cfg, i).handle))) todo.push(i)
  const total = todo.length * cfg.lotsPerProduct
  say(`lots: ${withLots.size} products have theirs, ${total} lots to create`)
  const tick = progress(say, "lots", total)
  let scans = 0
  for (let b = 0; b < todo.length; b += BATCH.lotProducts) {
    const batch = todo.slice(b, b + BATCH.lotProducts)
    const input = batch.flatMap((i) =>
      Array.from({ length: cfg.lotsPerProduct }, (_, j) => ({
        ...lot(cfg, i, j),
        product_id: productIds.get(product(cfg, i).handle),
      })),
    )
    const result = await run(engine, Workflows.importLots, { lots: input })
    // Serials come back lot by lot in the order they were asked for.
    const serialsOf = new Map()
    for (const s of result.serials) serialsOf.set(s.lot_id, [...(serialsOf.get(s.lot_id) ?? []), s.id])
    const now = Date.now()
    const recorded = batch.flatMap((i, bi) =>
      Array.from({ length: cfg.lotsPerProduct }, (_, j) => {
        const created = result.lots[bi * cfg.lotsPerProduct + j]
        return scansOfLot(cfg, i, j).map((s) => ({
          lot_id: created.id,
          serial_id: serialsOf.get(created.id)[s.serial],
          product_id: created.product_id,
          scanned_at: new Date(now - s.days_ago * 86_400_000),
          lat: null,
          lon: null,
          country: s.country,
          device: s.device,
          verdict: "resolved",
        }))
      }).flat(),
    )
    await traceability.recordScans(recorded)
    scans += recorded.length
    tick(Math.min(total, (b + batch.length) * cfg.lotsPerProduct))
  }
  say(`lots: ${total} lots, ${total * cfg.serialsPerLot} serials, ${scans} scans written`)
}

async function idsByHandle(container, cfg) {
  const found = await container
    .resolve(Modules.PRODUCT)
    .listProducts({ handle: { $like: "nat-%" } }, { select: ["id", "handle", "status"], take: null })
  if (found.length < cfg.products)
    throw new Error(`only ${found.length} of ${cfg.products} products exist: load products first`)
  return new Map(found.map((p) => [p.handle, p.id]))
}

async function trade({ container, engine, cfg, say, Workflows }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const tradeModule = container.resolve("trade")
  const customerModule = container.resolve(Modules.CUSTOMER)
  const listed = new Map(
    (
      await container
        .resolve(Modules.PRODUCT)
        .listProducts({ handle: { $like: "nat-%" }, status: "published" }, { select: ["id", "handle"], take: null })
    ).map((p) => [p.handle, p.id]),
  )
  const keys = Array.from({ length: cfg.sellerAccounts }, (_, n) => producer(cfg, n).key)
  const fairProducers = Array.from({ length: cfg.fairs * cfg.exhibitorsPerFair }, (_, k) => (k * 7) % cfg.producers)
  const { data: subjects } = await query.graph({
    entity: "subject",
    fields: ["id", "key"],
    filters: { key: [...new Set([...keys, ...fairProducers.map((n) => producer(cfg, n).key)])] },
  })
  const subjectId = new Map(subjects.map((s) => [s.key, s.id]))

  // Businesses: accounts (customers) in batches, then each profile registered and verified.
  const total = cfg.buyers + cfg.sellerAccounts
  const all = Array.from({ length: total }, (_, b) => business(cfg, b))
  const have = new Map(
    (await tradeModule.listBusinesses({ tax_code: all.map((b) => b.profile.tax_code) }, { take: null })).map((b) => [
      b.tax_code,
      b.id,
    ]),
  )
  const todo = all.filter((b) => !have.has(b.profile.tax_code))
  const tick = progress(say, "businesses", todo.length)
  for (let i = 0; i < todo.length; i += BATCH.trade) {
    const batch = todo.slice(i, i + BATCH.trade)
    // An account left by a load stopped between the two writes is used again.
    const accounts = new Map(
      (await customerModule.listCustomers({ email: batch.map((b) => b.email) }, { take: null })).map((c) => [
        c.email,
        c.id,
      ]),
    )
    const fresh = batch.filter((b) => !accounts.has(b.email))
    if (fresh.length) {
      const { result } = await createCustomersWorkflow(container).run({
        input: { customersData: fresh.map((b) => ({ email: b.email, company_name: b.profile.company_name })) },
      })
      for (const c of result) accounts.set(c.email, c.id)
    }
    for (const b of batch) {
      const saved = await run(engine, Workflows.saveBusinessProfile, {
        customer_id: accounts.get(b.email),
        profile: b.profile,
      })
      const subject = b.producer === null ? null : subjectId.get(producer(cfg, b.producer).key)
      await run(engine, Workflows.reviewBusiness, {
        id: saved.id,
        status: "verified",
        subject_id: subject,
        official_id: "national-synthetic",
      })
      have.set(b.profile.tax_code, saved.id)
    }
    tick(Math.min(todo.length, i + BATCH.trade))
  }

  // Fairs, each with its exhibitors showing their listed product.
  const events = []
  for (let f = 0; f < cfg.fairs; f++) {
    const e = fair(cfg, f)
    const [existing] = await tradeModule.listTradeEvents({ handle: e.handle }, { take: 1 })
    if (existing) {
      events.push(existing.id)
      continue
    }
    const saved = await run(engine, Workflows.saveTradeEvent, { event: e })
    events.push(saved.id)
    for (let x = 0; x < cfg.exhibitorsPerFair; x++) {
      const n = fairProducers[f * cfg.exhibitorsPerFair + x]
      const productId = listed.get(product(cfg, n).handle)
      await run(engine, Workflows.saveExhibitor, {
        event_id: saved.id,
        exhibitor: {
          subject_id: subjectId.get(producer(cfg, n).key),
          booth: `${String.fromCharCode(65 + (x % 6))}${1 + Math.floor(x / 6)}`,
          product_ids: productId ? [productId] : [],
        },
      })
    }
  }
  say(`fairs: ${events.length}`)

  // Agreements between buyers and producers' accounts, over the producer's listed product.
  const buyerIds = Array.from({ length: cfg.buyers }, (_, b) => have.get(business(cfg, b).profile.tax_code))
  const [, present] = await tradeModule.listAndCountAgreements({ buyer_id: buyerIds }, { take: 1 })
  // Agreements are written last and in one pass: any present means the pass ran.
  const agreements = present ? [] : Array.from({ length: cfg.agreements }, (_, a) => agreement(cfg, a))
  const tickA = progress(say, "agreements", agreements.length)
  let skipped = 0
  for (const [k, a] of agreements.entries()) {
    const productId = listed.get(product(cfg, a.product).handle)
    if (!productId) {
      skipped++ // the producer's product is not listed (2★, revoked, suspended or expired): nothing to trade
      continue
    }
    const buyer = have.get(business(cfg, a.buyer).profile.tax_code)
    const seller = have.get(business(cfg, cfg.buyers + a.seller).profile.tax_code)
    const created = await run(engine, Workflows.createAgreement, {
      business_id: buyer,
      agreement: {
        kind: a.kind,
        counterpart_id: seller,
        event_id: events[a.seller % events.length] ?? null,
        lines: [{ product_id: productId, quantity: a.quantity, unit_price: 50_000 }],
        term_start: a.term_start,
        term_end: a.term_end,
      },
    })
    if (a.sign)
      for (const party of [buyer, seller])
        await run(engine, Workflows.signAgreement, { business_id: party, id: created.id })
    if ((k + 1) % 100 === 0) tickA(k + 1)
  }
  say(`agreements: ${agreements.length - skipped} written, ${skipped} skipped (product not listed)`)
}
