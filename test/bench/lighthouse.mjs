#!/usr/bin/env node
// Lighthouse, mobile preset (simulated throttling: a mid-range phone on a slow 4G link), for the
// shopper's pages in both languages: home, catalogue, a facet page, product, cart, checkout and
// the scan page. The scan page is `noindex` by design, so its SEO score is left out.
//   node test/bench/lighthouse.mjs [--runs 3] [--data-dir DIR] [--base http://localhost:8000]
// Without --base it starts its own `npm start` on spare ports. Lighthouse itself is not a
// dependency of the workspace (≈ 180 MB): it runs through `npm exec` at the pinned version below,
// against the machine's Chromium (CHROMIUM_PATH, default /usr/bin/chromium). Each page is measured
// `--runs` times and the median score of each category is reported, as Lighthouse advises.
import { execFile } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { promisify } from "node:util"
import { chromium } from "@playwright/test"
import { startShop, stopShop } from "./lib/npm-start.mjs"

const LIGHTHOUSE = "lighthouse@13.5.0"
const argv = process.argv.slice(2)
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback)
const runs = Number(option("--runs", "3"))
const chrome = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const say = (msg) => console.error(`[bench lighthouse] ${msg}`)
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const run = promisify(execFile)

const PAGES = [
  ["home", "", true],
  ["catalogue", "/products", true],
  ["facet page", "/products?stars=4", true],
  ["product", "/products/nuoc-mam-tung-van", true],
  ["cart", "/cart", true],
  ["checkout", "/checkout", true],
  ["scan page", "/01/08930000001054/10/NM2610", false], // noindex by design: no SEO score
]
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]

/** A cart with one product in it, made through the shop as a shopper does: its cookie. */
async function cartCookie(base) {
  const browser = await chromium.launch({ executablePath: chrome, args: ["--no-sandbox"] })
  try {
    const page = await browser.newPage()
    await page.goto(`${base}/vi/products/nuoc-mam-tung-van`)
    await page.getByTestId("add-to-cart").getByRole("button", { name: "Thêm vào giỏ" }).click()
    await page.getByTestId("add-to-cart").getByRole("status").getByRole("link").waitFor()
    const cookie = (await page.context().cookies()).find((c) => c.name === "_ocop_cart")
    if (!cookie) throw new Error("no cart cookie after adding to the cart")
    return `${cookie.name}=${cookie.value}`
  } finally {
    await browser.close()
  }
}

async function lighthouse(url, headers) {
  const out = path.join(os.tmpdir(), `ocop-lh-${process.pid}.json`)
  await run(
    "npm",
    [
      "exec",
      "--yes",
      `--package=${LIGHTHOUSE}`,
      "--",
      "lighthouse",
      url,
      "--quiet",
      "--output=json",
      `--output-path=${out}`,
      `--only-categories=${CATEGORIES.join(",")}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
      ...(headers ? [`--extra-headers=${JSON.stringify(headers)}`] : []),
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 },
  )
  const report = JSON.parse(fs.readFileSync(out, "utf8"))
  fs.rmSync(out, { force: true })
  const audit = (id) => report.audits[id]?.numericValue ?? NaN
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])),
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    failing: CATEGORIES.filter((c) => c !== "performance").flatMap((c) =>
      report.categories[c].auditRefs
        .filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score < 1)
        .map((ref) => ref.id),
    ),
  }
}

let shop = null
let base = option("--base", null)
const dataDir = option("--data-dir", null) ?? fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bench-lighthouse-"))
try {
  if (!base) {
    fs.chmodSync(dataDir, 0o755) // PostgreSQL runs unprivileged when started by root
    const ports = { BACKEND_PORT: "9370", STOREFRONT_PORT: "8370", PG_PORT: "54397", RESOLVER_PORT: "9375" }
    say(`starting npm start in ${dataDir}`)
    shop = (await startShop(dataDir, ports)).child
    base = `http://localhost:${ports.STOREFRONT_PORT}`
  }
  const cookie = await cartCookie(base)
  console.log(`\nLighthouse ${LIGHTHOUSE.split("@")[1]}, mobile preset, median of ${runs} runs per page\n`)
  console.log("| page | language | performance | accessibility | best practices | SEO | LCP | TBT | CLS | below 100 |")
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
  for (const [label, route, seo] of PAGES) {
    for (const locale of ["vi", "en"]) {
      const url = `${base}/${locale}${route}`
      // Visited once first: cached pages are rendered on first request, as for any visitor after the first.
      await fetch(url, { headers: { cookie } })
      const results = []
      for (let i = 0; i < runs; i++) results.push(await lighthouse(url, { Cookie: cookie }))
      const score = (c) => median(results.map((r) => r.scores[c]))
      const failing = [...new Set(results.flatMap((r) => r.failing))].filter((id) => seo || id !== "is-crawlable")
      say(`${locale}${route}: ${CATEGORIES.map(score).join(" / ")}`)
      console.log(
        `| ${label} | ${locale} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${seo ? score("seo") : "— (noindex)"} | ${(median(results.map((r) => r.lcp)) / 1000).toFixed(1)} s | ${median(results.map((r) => r.tbt)).toFixed(0)} ms | ${median(results.map((r) => r.cls)).toFixed(3)} | ${failing.join(", ") || "—"} |`,
      )
    }
  }
} finally {
  if (shop) await stopShop(shop)
  if (shop && !argv.includes("--data-dir")) fs.rmSync(dataDir, { recursive: true, force: true })
}
