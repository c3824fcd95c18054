#!/usr/bin/env node
// One fair's meeting schedule at national scale: the generator (`generateMeetingSchedule` of
// @ocop/core) against the greedy baseline (best remaining pair first), same instance, same run.
//   node test/bench/meeting-schedule.mjs [--fair 0] [--seed 20261129] [--as-of 2026-12-07] [--runs 3] [--tables N]
// (--tables overrides the fair's 10 tables, to see a fair where the tables are not what binds).
// Pure: no shop, no database. The instance is built from the national dataset's generator
// (seed/national/generate.mjs): the fair, its 30 exhibitors and their products and certificates, and
// its 300 buyers. What the dataset does not hold (buyers' needs, the days each buyer is there,
// preferences, accepted requests) is drawn from seeded streams, as described in docs/benchmarks.md.
// Figures go to stdout as a Markdown table; the exit code is non-zero when a goal is missed.
import { LEGAL_FRAMEWORKS } from "@ocop/plugin"
import {
  generateMeetingSchedule,
  greedyMeetingSchedule,
  listingDecision,
  matchNeedToOffer,
  meetingSlots,
} from "@ocop/core"
import { business, fair, nationalConfig, prng, product, registryRow } from "../../seed/national/generate.mjs"

const argv = process.argv.slice(2)
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback)
const F = Number(option("--fair", "0"))
const RUNS = Number(option("--runs", "3"))
const cfg = nationalConfig({ seed: Number(option("--seed", "20261129")), asOf: option("--as-of", "2026-12-07") })
const GOAL_SECONDS = 10
const GOAL_RATIO = 1.1

// Each drawn fact has its own stream (kind, index), so one change never shifts the others.
const stream = (kind, i) => prng((cfg.seed ^ Math.imul(kind + 100, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) >>> 0)
const addDays = (date, days) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

// The fair as the trade module holds it: the module's default meeting hours (08:00–17:00, 30 min).
const base = fair(cfg, F)
const event = {
  ...base,
  meeting_from: "08:00",
  meeting_to: "17:00",
  slot_minutes: 30,
  tables: Number(option("--tables", String(base.tables))),
}
const slots = meetingSlots(event)
const perDay = slots.length / 3
const today = event.starts_on

// Exhibitors: the dataset's producers at this fair (load.mjs: producer (k·7) mod producers), each
// offering its own product (product n belongs to producer n), listed or not by its certificate.
const exhibitors = Array.from({ length: cfg.exhibitorsPerFair }, (_, x) => {
  const n = ((F * cfg.exhibitorsPerFair + x) * 7) % cfg.producers
  const p = product(cfg, n)
  const cert = registryRow(cfg, n, LEGAL_FRAMEWORKS)
  const rand = stream(1, n)
  const prices = p.variants.map((v) => Math.round(v.price / (v.weight_g / 250))) // per 250 g item
  return {
    id: `exh-${p.producer.key}`,
    offer: {
      id: `offer-${n}`,
      product: {
        id: p.handle,
        title: p.title,
        group: p.group_code,
        stars: cert.stars,
        listed: listingDecision([cert], LEGAL_FRAMEWORKS, new Date(`${today}T12:00:00+07:00`)).listed,
        certificate_valid_until: cert.valid_until,
      },
      monthly_capacity: 100 * (2 + Math.floor(rand() * 30)),
      price_min: Math.min(...prices),
      price_max: Math.max(...prices),
      origin: null, // the dataset has no coordinates (issue 21, point 7): distance scores "unknown"
      delivery_radius_km: null,
    },
  }
})

// Buyers: the dataset's 300, every one registered for this fair (the largest instance one fair can
// have), each there one day of three: the whole day (half of them), the morning or the afternoon.
const groups = [...new Set(Array.from({ length: 26 }, (_, i) => product(cfg, i).group_code))]
const buyers = Array.from({ length: cfg.buyers }, (_, b) => {
  const rand = stream(2, b)
  const day = Math.floor(rand() * 3)
  const part = rand()
  const [from, to] = part < 0.5 ? [0, perDay] : part < 0.75 ? [0, perDay / 2] : [perDay / 2, perDay]
  const available = slots.slice(day * perDay + from, day * perDay + to)
  // One to three needs, each for a product set, half of them naming one of its products.
  const needs = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, k) => {
    const group = groups[Math.floor(rand() * groups.length)]
    const sample = product(cfg, groups.indexOf(group) + 26 * Math.floor(rand() * 50))
    return {
      id: `need-${b}-${k}`,
      group,
      keywords: rand() < 0.5 ? [sample.noun] : [],
      quantity: 100 * (1 + Math.floor(rand() * 40)),
      min_stars: rand() < 0.8 ? 3 : 4,
      place: null,
      deadline: addDays(today, 30 + Math.floor(rand() * 150)),
      price_ceiling: rand() < 0.5 ? null : 1000 * (40 + Math.floor(rand() * 120)),
    }
  })
  return { id: `biz-${business(cfg, b).key}`, available, needs }
})

// Scores: the matching's own (`matchNeedToOffer`), the buyer's best need against the exhibitor's offer.
const scores = []
for (const buyer of buyers)
  for (const ex of exhibitors) {
    let best = null
    for (const need of buyer.needs) {
      const m = matchNeedToOffer(need, ex.offer, today)
      if (m.eligible && m.score > 0 && (!best || m.score > best.score)) best = m
    }
    if (best) scores.push({ party_ids: [buyer.id, ex.id], score: best.score, reasons: best.reasons })
  }
const scoreOf = new Map(scores.map((s) => [s.party_ids.join("|"), s.score]))

// Preferences: each side of each pair draws once from its own stream; the better the score, the likelier
// a mark: score ≥ 60 → must-meet 30 %, would-meet 30 %; 30–59 → would-meet 30 %; below 30 (no score
// included) → would-meet 2 %; no thanks 1 %, or 5 % below 20.
const preferences = []
function markFor(u, s) {
  if (s >= 60) return u < 0.3 ? "must_meet" : u < 0.6 ? "would_meet" : u > 0.99 ? "no_thanks" : null
  if (s >= 30) return u < 0.3 ? "would_meet" : u > 0.99 ? "no_thanks" : null
  if (s >= 20) return u < 0.02 ? "would_meet" : u > 0.99 ? "no_thanks" : null
  return u < 0.02 ? "would_meet" : u > 0.95 ? "no_thanks" : null
}
buyers.forEach((buyer, b) =>
  exhibitors.forEach((ex, x) => {
    const s = scoreOf.get(`${buyer.id}|${ex.id}`) ?? 0
    const rand = stream(3, b * exhibitors.length + x)
    for (const [from, to] of [
      [buyer.id, ex.id],
      [ex.id, buyer.id],
    ]) {
      const mark = markFor(rand(), s)
      if (mark) preferences.push({ party_id: from, counterpart_id: to, mark })
    }
  }),
)

// Accepted requests: 20 pairs with a score, each in a slot both are there for and free, first free table.
const fixed = []
const held = new Set()
const tablesUsed = new Map()
const pick = stream(4, 0)
for (let tries = 0; fixed.length < 20 && tries < 10_000; tries++) {
  const s = scores[Math.floor(pick() * scores.length)]
  const [b, e] = s.party_ids
  const buyer = buyers.find((x) => x.id === b)
  const slot = buyer.available[Math.floor(pick() * buyer.available.length)]
  const table = (tablesUsed.get(slot) ?? 0) + 1
  if (!slot || table > event.tables || [`${b}@${slot}`, `${e}@${slot}`, `${b}|${e}`].some((k) => held.has(k))) continue
  ;[`${b}@${slot}`, `${e}@${slot}`, `${b}|${e}`].forEach((k) => held.add(k))
  tablesUsed.set(slot, table)
  fixed.push({ id: `tmt-${fixed.length}`, requester_id: b, counterpart_id: e, slot_start: slot, table_no: table })
}

const input = {
  slots,
  tables: event.tables,
  parties: [...buyers.map((b) => ({ id: b.id, available: b.available })), ...exhibitors.map((e) => ({ id: e.id }))],
  scores,
  preferences,
  fixed,
}

function timed(fn) {
  const times = []
  let out
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now()
    out = fn(input)
    times.push((performance.now() - t0) / 1000)
  }
  times.sort((a, b) => a - b)
  return { out, median: times[Math.floor(times.length / 2)], max: times[times.length - 1] }
}

const greedy = timed(greedyMeetingSchedule)
const generated = timed(generateMeetingSchedule)
const marks = (m) => preferences.filter((p) => p.mark === m).length
const mustPairs = new Set(
  preferences.filter((p) => p.mark === "must_meet").map((p) => [p.party_id, p.counterpart_id].sort().join("|")),
)
const ratio = generated.out.total.value / greedy.out.total.value

// A ceiling no schedule can pass: every rule dropped but the table count (and no-thanks). The accepted
// meetings' values, plus the best of the other pairs, as many as the tables left can hold.
const w = generated.out.weights
const pairValue = new Map()
for (const s of scores) pairValue.set(s.party_ids.join("|"), { score: s.score, must: 0, would: 0, no: false })
for (const p of preferences) {
  const [b, e] = p.party_id.startsWith("biz-") ? [p.party_id, p.counterpart_id] : [p.counterpart_id, p.party_id]
  const v = pairValue.get(`${b}|${e}`) ?? { score: 0, must: 0, would: 0, no: false }
  if (p.mark === "must_meet") v.must++
  if (p.mark === "would_meet") v.would++
  if (p.mark === "no_thanks") v.no = true
  pairValue.set(`${b}|${e}`, v)
}
const valueOf = (v) => v.must * w.must_meet + v.would * w.would_meet + v.score
const fixedKeys = new Set(fixed.map((f) => `${f.requester_id}|${f.counterpart_id}`))
const fixedValue = [...fixedKeys].reduce((sum, k) => sum + valueOf(pairValue.get(k)), 0)
const others = [...pairValue.entries()]
  .filter(([k, v]) => !fixedKeys.has(k) && !v.no)
  .map(([, v]) => valueOf(v))
  .filter((x) => x > 0)
  .sort((a, b) => b - a)
const ceiling = fixedValue + others.slice(0, slots.length * event.tables - fixed.length).reduce((a, b) => a + b, 0)

console.log(`### Instance: ${event.name_en}, seed ${cfg.seed}, as of ${cfg.asOf}\n`)
console.log(
  `${slots.length} slots × ${event.tables} tables (${slots.length * event.tables} meetings at most); ` +
    `${buyers.length} buyers, ${exhibitors.length} exhibitors (${exhibitors.filter((e) => e.offer.product.listed).length} with a listed product); ` +
    `${scores.length} pairs with a score > 0; marks: ${marks("must_meet")} must-meet (${mustPairs.size} pairs), ` +
    `${marks("would_meet")} would-meet, ${marks("no_thanks")} no-thanks; ${fixed.length} accepted meetings kept.\n`,
)
console.log(
  "| schedule | time, median of " +
    RUNS +
    " (max) | meetings | must-meet marks placed | would-meet marks placed | score placed | must-meet pairs left out | total value |",
)
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for (const [name, r] of [
  ["greedy (best remaining pair first)", greedy],
  ["generator (greedy, then lift-and-replace moves)", generated],
]) {
  const t = r.out.total
  console.log(
    `| ${name} | ${r.median.toFixed(3)} s (${r.max.toFixed(3)}) | ${t.meetings} | ${t.must_meet_marks} | ${t.would_meet_marks} | ${t.score} | ${r.out.unplaced_must_meet.length} | ${t.value.toLocaleString("en")} |`,
  )
}
console.log(
  `\nweights: must-meet mark ${generated.out.weights.must_meet.toLocaleString("en")}, would-meet mark ${generated.out.weights.would_meet.toLocaleString("en")}, score point 1; ` +
    `generator ÷ greedy total value: **${ratio.toFixed(5)}** (goal ≥ ${GOAL_RATIO}); generator time goal ≤ ${GOAL_SECONDS} s. ` +
    `Ceiling (the best pairs the tables could hold, every other rule dropped): ${ceiling.toLocaleString("en")}; ` +
    `greedy reaches ${((100 * greedy.out.total.value) / ceiling).toFixed(3)} % of it, the generator ${((100 * generated.out.total.value) / ceiling).toFixed(3)} %, ` +
    `so no schedule can beat greedy by more than × ${(ceiling / greedy.out.total.value).toFixed(5)}.`,
)
const missed = []
if (generated.max > GOAL_SECONDS) missed.push(`time ${generated.max.toFixed(2)} s > ${GOAL_SECONDS} s`)
if (ratio < GOAL_RATIO) missed.push(`ratio ${ratio.toFixed(3)} < ${GOAL_RATIO}`)
if (missed.length) console.error(`\ngoal missed: ${missed.join("; ")}`)
process.exitCode = missed.length ? 1 : 0
