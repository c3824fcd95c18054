import { integrationTestRunner } from "../helpers/runner"
import { gtinCheckDigit, type TraceView } from "@ocop/core"
import { serialToken } from "@ocop/core/serial-token"
import { DigitalLink, Utils as DigitalLinkUtils } from "digital-link.js"
import { validateEpcisDocument } from "epcis2.js"
import jsQR from "jsqr"
import { PDFDocument } from "pdf-lib"
import sharp from "sharp"
import { setTimeout as sleep } from "node:timers/promises"
import type { AddressInfo } from "node:net"
import { startResolverServer } from "../../src/resolver/server"
import { TRACEABILITY_MODULE } from "../../src/modules/traceability"
import type TraceabilityModuleService from "../../src/modules/traceability/service"
import { gs1LinksetProblems } from "../../../test/support/gs1-linkset"
import { storeClient } from "../../../test/support/store-client"
import { seedDemoShop, type OcopTestService } from "../helpers/demo"

// Read by the routes; set before the runner loads the application.
const SECRET = "trace-token-secret-for-tests"
const SHOP = "http://shop.test"
process.env.TRACE_TOKEN_SECRET = SECRET
process.env.STOREFRONT_URL = SHOP
process.env.TRACE_GEO_HEADERS = "cloudflare"
process.env.TRACE_SCAN_FLUSH_MS = "50"
process.env.TRACE_CLONE_MAX_SCANS = "5"

// Demo products (seed/data/products.json and lots.json).
const FISH_SAUCE = { gtin13: "8930000001054", gtin14: "08930000001054", lot: "NM2610" }
// The coffee's lot was packed as the 500 g pack, which has no GTIN: its codes use the handle fallback.
const COFFEE = { gtin14: "08930000001023", handle: "ca-phe-khe-sanh", lot: "KS-2611" }
const NO_GTIN = { handle: "ruou-men-la-ba-nang", lot: "BN-2608" }
const PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
const DONG_HA = { "cf-iplatitude": "16.8163", "cf-iplongitude": "107.1003", "cf-ipcountry": "VN" }
const HA_NOI = { "cf-iplatitude": "21.0278", "cf-iplongitude": "105.8342", "cf-ipcountry": "VN" }

integrationTestRunner({
  inApp: true,
  sharedDemoShop: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    let serials: string[]
    let fishLotId: string
    const base = () => api.defaults.baseURL as string
    /** A raw request: no redirect following, so 303/307 and their Location are seen as sent. */
    const get = (path: string, headers: Record<string, string> = {}) =>
      fetch(`${base()}${path}`, { redirect: "manual", headers: { "user-agent": PHONE, ...headers } })
    const linksetOf = (path: string) => get(path, { accept: "application/linkset+json" })
    const signed = (path: string) => `${path}?s=${serialToken(SECRET, path)}`
    const fishPath = (serial: string) => `/01/${FISH_SAUCE.gtin14}/10/${FISH_SAUCE.lot}/21/${serial}`
    const trace = async (code: string, token?: string) => {
      const query = new URLSearchParams({ code, ...(token ? { s: token } : {}) })
      const { trace } = (await storeClient(base(), shop.publishableKey).call("GET", `/store/trace?${query}`)) as {
        trace: TraceView
      }
      return trace
    }
    const traceOf = (signedPath: string) => {
      const [path, query] = signedPath.split("?s=")
      return trace(path, query)
    }
    const service = () => getContainer().resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    /** A lot of the fish sauce with a code that needs percent-encoding (each test's data is its own). */
    const addFishSauceLot = async (code: string) => {
      const { data } = await api.get(`/store/products?handle=nuoc-mam-tung-van&fields=id`, {
        headers: { "x-publishable-api-key": shop.publishableKey },
      })
      await api.post(
        `/admin/traceability/lots`,
        { product_id: data.products[0].id, code, produced_on: "2026-11-01", quantity: 10 },
        shop.admin,
      )
    }
    /** Waits for the scan recorder's batch (written every 50 ms here). */
    const until = async <T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 3_000): Promise<T> => {
      const end = Date.now() + ms
      let value = await read()
      while (!ok(value) && Date.now() < end) {
        await sleep(25)
        value = await read()
      }
      return value
    }

    beforeAll(async () => {
      shop = await seedDemoShop(getContainer(), api)
      const { lots } = (await api.get(`/admin/traceability/lots`, shop.admin)).data
      fishLotId = lots.find((l: { code: string }) => l.code === FISH_SAUCE.lot).id
      serials = (await service().listSerials({ lot_id: fishLotId }, { select: ["serial"], take: null })).map(
        (s) => s.serial,
      )
    })

    describe("GS1 Digital Link resolver", () => {
      it("gives machines the linkset: scan page, product page to buy, certificate", async () => {
        const res = await linksetOf(`/01/${FISH_SAUCE.gtin13}/10/${FISH_SAUCE.lot}`)
        expect(res.status).toBe(200)
        expect(res.headers.get("content-type")).toMatch(/^application\/linkset\+json/)
        const [entry] = (await res.json()).linkset
        // EAN-13 on the package, GTIN-14 in the canonical anchor.
        expect(entry.anchor).toBe(`${SHOP}/01/${FISH_SAUCE.gtin14}/10/${FISH_SAUCE.lot}`)
        expect(entry["https://gs1.org/voc/defaultLink"][0].href).toBe(`${SHOP}/vi/01/${FISH_SAUCE.gtin14}/10/NM2610`)
        expect(entry["https://gs1.org/voc/pip"].map((l: { href: string }) => l.href)).toEqual([
          `${SHOP}/vi/products/nuoc-mam-tung-van`,
          `${SHOP}/en/products/nuoc-mam-tung-van`,
        ])
        expect(entry["https://gs1.org/voc/certificationInfo"][0].href).toBe(
          `${SHOP}/vi/01/${FISH_SAUCE.gtin14}#certificate`,
        )
        // linkType=all is the same linkset for clients that cannot set Accept.
        expect((await get(`/01/${FISH_SAUCE.gtin14}?linkType=all`)).status).toBe(200)
      })

      it("sends people to the scan page in their language, keeping the serial's token", async () => {
        const path = signed(fishPath(serials[0]))
        const vi = await get(path, { accept: "text/html" })
        expect(vi.status).toBe(307)
        expect(vi.headers.get("location")).toBe(`${SHOP}/vi${path}`)
        const en = await get(path, { accept: "text/html", "accept-language": "en-GB,en;q=0.9,vi;q=0.5" })
        expect(en.headers.get("location")).toBe(`${SHOP}/en${path}`)
      })

      it("refuses a wrong check digit and names it; a GTIN of a length GS1 does not have", async () => {
        const bad = await linksetOf(`/01/8930000001055`)
        expect(bad.status).toBe(400)
        expect((await bad.json()).message).toMatch(/check digit is 5, expected 4/)
        expect((await linksetOf(`/01/893000000105`)).status).toBe(400)
      })

      it("answers an unknown GTIN with 404, and people with a page that says so", async () => {
        const body = "893000000999"
        const unknown = `/01/${body}${gtinCheckDigit(body)}`
        const machine = await linksetOf(unknown)
        expect(machine.status).toBe(404)
        expect((await machine.json()).message).toMatch(/not an OCOP product/)
        const person = await get(unknown, { accept: "text/html" })
        expect(person.status).toBe(404)
        expect(person.headers.get("content-type")).toMatch(/text\/html/)
        expect(await person.text()).toMatch(/không phải sản phẩm OCOP đã đăng ký/)
      })

      it("walks an unknown lot up to the product, and an unknown serial up to its lot (303)", async () => {
        const lot = await linksetOf(`/01/${FISH_SAUCE.gtin14}/10/NOPE1`)
        expect(lot.status).toBe(303)
        expect(lot.headers.get("location")).toBe(`${SHOP}/01/${FISH_SAUCE.gtin14}`)
        const serial = await linksetOf(`/01/${FISH_SAUCE.gtin14}/10/${FISH_SAUCE.lot}/21/NOSUCH`)
        expect(serial.status).toBe(303)
        expect(serial.headers.get("location")).toBe(`${SHOP}/01/${FISH_SAUCE.gtin14}/10/${FISH_SAUCE.lot}`)
        // A person is walked up to the scan page, which is told what was not registered.
        const person = await get(`/01/${FISH_SAUCE.gtin14}/10/NOPE1`, { accept: "text/html" })
        expect(person.status).toBe(303)
        expect(person.headers.get("location")).toBe(`${SHOP}/vi/01/${FISH_SAUCE.gtin14}?unregistered=%2F10%2FNOPE1`)
      })

      it("reads percent-encoded lots, and serves products without a GTIN on /p/{handle}", async () => {
        await addFishSauceLot("L/26+1")
        const encoded = await linksetOf(`/01/${FISH_SAUCE.gtin14}/10/L%2F26%2B1`)
        expect(encoded.status).toBe(200)
        expect((await encoded.json()).linkset[0].anchor).toBe(`${SHOP}/01/${FISH_SAUCE.gtin14}/10/L%2F26%2B1`)
        const fallback = await linksetOf(`/p/${NO_GTIN.handle}/10/${NO_GTIN.lot}`)
        expect(fallback.status).toBe(200)
        expect((await fallback.json()).linkset[0].anchor).toBe(`${SHOP}/p/${NO_GTIN.handle}/10/${NO_GTIN.lot}`)
      })
    })

    describe("GS1 resolver conformance (GS1-Conformant Resolver 1.2 criteria)", () => {
      const LOT = `/01/${FISH_SAUCE.gtin14}/10/${FISH_SAUCE.lot}`
      const CORS = { "access-control-allow-origin": "*", "access-control-allow-methods": "GET, HEAD, OPTIONS" }
      const corsOf = (res: Response) => ({
        "access-control-allow-origin": res.headers.get("access-control-allow-origin"),
        "access-control-allow-methods": res.headers.get("access-control-allow-methods"),
      })

      it("criterion 1: publishes its description file as JSON, readable cross-origin", async () => {
        const res = await get("/.well-known/gs1resolver", { origin: "https://ref.gs1.org", accept: "application/json" })
        expect(res.status).toBe(200)
        expect(res.headers.get("content-type")).toMatch(/^application\/json/)
        expect(corsOf(res)).toEqual(CORS)
        const description = await res.json()
        expect(description.resolverRoot).toBe(SHOP)
        expect(description.supportedPrimaryKeys).toEqual(["01"])
        expect(description.supportedLinkType).toContainEqual({ namespace: "https://gs1.org/voc/", prefix: "gs1:" })
      })

      it("criterion 2: answers CORS preflights and sends CORS headers on every answer, errors and redirects too", async () => {
        const preflight = await fetch(`${base()}${LOT}`, {
          method: "OPTIONS",
          headers: { origin: "https://ref.gs1.org", "access-control-request-method": "GET" },
        })
        expect(preflight.status).toBe(204)
        expect(corsOf(preflight)).toEqual(CORS)
        for (const res of [await get(LOT), await linksetOf(LOT), await linksetOf(`/01/8930000001055`)])
          expect([res.status, corsOf(res)]).toEqual([res.status, CORS])
        expect((await linksetOf(`/01/8930000001055`)).status).toBe(400)
      })

      it("criteria 1, 2 and 5 on the resolver's own listener: description file, preflight, 400 for a path beyond the grammar", async () => {
        const server = startResolverServer(getContainer(), 0, getContainer().resolve("logger"))
        await new Promise((resolve) => server.once("listening", resolve))
        const listener = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
        try {
          const description = await fetch(`${listener}/.well-known/gs1resolver`)
          expect([description.status, corsOf(description)]).toEqual([200, CORS])
          expect((await description.json()).resolverRoot).toBe(SHOP)
          const preflight = await fetch(`${listener}${LOT}`, { method: "OPTIONS" })
          expect([preflight.status, corsOf(preflight)]).toEqual([204, CORS])
          for (const odd of [`${LOT}/foo`, `${LOT}/22/ABC`]) {
            const res = await fetch(`${listener}${odd}`, { headers: { accept: "application/linkset+json" } })
            expect([odd, res.status, corsOf(res)]).toEqual([odd, 400, CORS])
          }
          const unknownType = await fetch(`${listener}${LOT}?linkType=gs1:nosuchlt`, { redirect: "manual" })
          expect(unknownType.status).toBe(404)
          const linkset = await fetch(`${listener}${LOT}?linkType=linkset`)
          expect(gs1LinksetProblems(await linkset.json())).toEqual([])
        } finally {
          await new Promise((resolve) => server.close(resolve))
        }
      })

      it("criterion 3: linkType=linkset returns the linkset itself, with its JSON-LD context in a Link header", async () => {
        const res = await get(`${LOT}?linkType=linkset`)
        expect(res.status).toBe(200)
        expect(res.headers.get("content-type")).toBe("application/linkset+json")
        expect(res.headers.get("link")).toBe(
          '<https://ref.gs1.org/standards/resolver/linkset-context>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"',
        )
        expect((await res.json()).linkset[0].anchor).toBe(`${SHOP}${LOT}`)
      })

      it("criterion 4: the linkset meets every requirement of GS1's linkset schema, for a lot, a product and a signed serial", async () => {
        for (const path of [LOT, `/01/${FISH_SAUCE.gtin14}`, signed(fishPath(serials[2])), `/01/${COFFEE.gtin14}`]) {
          const doc = await (await linksetOf(path)).json()
          expect([path, gs1LinksetProblems(doc)]).toEqual([path, []])
          expect(typeof doc.linkset[0].itemDescription).toBe("string")
        }
      })

      it("criterion 5: a link type the code does not have is a 404", async () => {
        const res = await get(`${LOT}?linkType=gs1:nosuchlt`)
        expect(res.status).toBe(404)
        expect((await res.json()).message).toMatch(/no link of type gs1:nosuchlt/)
      })

      it("criterion 6: redirects pass every key=value pair of the query string on, as received", async () => {
        const res = await get(`${LOT}?foo=bar&utm_source=label%3Ahop`)
        expect(res.status).toBe(307)
        expect(res.headers.get("location")).toBe(`${SHOP}/vi${LOT}?foo=bar&utm_source=label%3Ahop`)
        const token = serialToken(SECRET, fishPath(serials[3]))
        const serial = await get(`${fishPath(serials[3])}?foo=bar&s=${token}`)
        expect(serial.headers.get("location")).toBe(`${SHOP}/vi${fishPath(serials[3])}?s=${token}&foo=bar`)
        const pip = await get(`${LOT}?linkType=gs1:pip&foo=bar`)
        expect(pip.headers.get("location")).toBe(`${SHOP}/vi/products/nuoc-mam-tung-van?foo=bar`)
      })

      it("criterion 7: link types in short or full form, raw or encoded, reach their own link", async () => {
        const pip = `${SHOP}/vi/products/nuoc-mam-tung-van`
        for (const linkType of ["gs1:pip", "https://gs1.org/voc/pip", encodeURIComponent("https://gs1.org/voc/pip")]) {
          const res = await get(`${LOT}?linkType=${linkType}`)
          expect([linkType, res.status, res.headers.get("location")]).toEqual([linkType, 307, pip])
        }
        const certificate = await get(`${LOT}?linkType=gs1:certificationInfo`, { "accept-language": "en" })
        expect(certificate.headers.get("location")).toBe(`${SHOP}/en/01/${FISH_SAUCE.gtin14}#certificate`)
        // The default link, asked by name, is the scan page.
        expect((await get(`${LOT}?linkType=gs1:defaultLink`)).headers.get("location")).toBe(`${SHOP}/vi${LOT}`)
      })

      it("criterion 8: every redirect names the linkset in a Link header", async () => {
        for (const query of ["", "?linkType=gs1:pip"]) {
          const res = await get(`${LOT}${query}`)
          expect(res.status).toBe(307)
          expect(res.headers.get("link")).toBe(
            `<${SHOP}${LOT}?linkType=linkset>; rel="linkset"; type="application/linkset+json"`,
          )
        }
      })

      it("criterion 9: a trailing slash gets the same answer as the path without it", async () => {
        for (const accept of ["text/html", "application/linkset+json"]) {
          const [plain, slash] = [await get(LOT, { accept }), await get(`${LOT}/`, { accept })]
          expect([slash.status, slash.headers.get("location")]).toEqual([plain.status, plain.headers.get("location")])
          if (plain.status === 200) expect(await slash.text()).toBe(await plain.text())
        }
      })
    })

    describe("GS1 Digital Link grammar (criteria 10, 11 and 12)", () => {
      it("criterion 10: a CPV (22) is a key qualifier; unregistered, it walks up to the GTIN", async () => {
        const path = `/01/${FISH_SAUCE.gtin14}/22/ABC/10/${FISH_SAUCE.lot}`
        const machine = await linksetOf(path)
        expect([machine.status, machine.headers.get("location")]).toEqual([303, `${SHOP}/01/${FISH_SAUCE.gtin14}`])
        const person = await get(path, { accept: "text/html" })
        expect([person.status, person.headers.get("location")]).toEqual([
          303,
          `${SHOP}/vi/01/${FISH_SAUCE.gtin14}?unregistered=${encodeURIComponent(`/22/ABC/10/${FISH_SAUCE.lot}`)}`,
        ])
        // Out of the grammar's order (lot before CPV) is malformed: the parser's unit test, and a 400 from
        // the resolver's listener; Medusa's routes know only the grammar's shapes.
      })

      it("criterion 11: a compressed Digital Link URI gets its uncompressed form's answer, naming that form", async () => {
        // Compressed by GS1's own algorithm in digital-link.js, not by the resolver's code.
        const compress = (path: string) => new URL(DigitalLinkUtils.compressWebUri(`${SHOP}${path}`)).pathname
        const LOT = `/01/${FISH_SAUCE.gtin14}/10/${FISH_SAUCE.lot}`
        const server = startResolverServer(getContainer(), 0, getContainer().resolve("logger"))
        await new Promise((resolve) => server.once("listening", resolve))
        const listener = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
        const at = (path: string, headers: Record<string, string> = {}) =>
          fetch(`${listener}${path}`, { redirect: "manual", headers: { "user-agent": PHONE, ...headers } })
        try {
          const unit = signed(fishPath(serials[4]))
          for (const plain of [LOT, `/01/${FISH_SAUCE.gtin14}`, unit.split("?")[0]]) {
            const compressed = compress(plain)
            expect(compressed).toMatch(/^\/[A-Za-z0-9_-]{10,}$/)
            const sameAs = `<${SHOP}${plain}>; rel="owl:sameAs"`
            const query = plain === unit.split("?")[0] ? `?${unit.split("?")[1]}` : ""
            const [person, uncompressed] = [await at(`${compressed}${query}`), await at(`${plain}${query}`)]
            expect([person.status, person.headers.get("location")]).toEqual([307, uncompressed.headers.get("location")])
            expect(person.headers.get("link")).toBe(`${uncompressed.headers.get("link")}, ${sameAs}`)
            const machine = await at(compressed, { accept: "application/linkset+json" })
            expect(machine.status).toBe(200)
            expect(machine.headers.get("link")).toContain(sameAs)
            expect(await machine.json()).toEqual(await (await at(plain, { accept: "application/linkset+json" })).json())
          }
          // The query pairs a compressed URI carries are passed on like any other.
          const withPairs = compress(`${LOT}?foo=bar`)
          expect((await at(withPairs)).headers.get("location")).toBe(`${SHOP}/vi${LOT}?foo=bar`)
          // Something that only looks compressed names no code: 404, never a 5xx.
          for (const junk of ["/ZZZZZZZZZZZZZZZZ", "/AAAAAAAAAAAA", `/${"Q".repeat(300)}`]) {
            const res = await at(junk, { accept: "application/linkset+json" })
            expect([junk, res.status]).toEqual([junk, res.status === 400 ? 400 : 404])
          }
        } finally {
          await new Promise((resolve) => server.close(resolve))
        }
      })

      it("criterion 12: values follow the grammar: a raw '+' and a needlessly encoded digit are refused, naming the canonical spelling", async () => {
        const plus = await linksetOf(`/01/${FISH_SAUCE.gtin14}/10/A+B`)
        expect(plus.status).toBe(400)
        expect((await plus.json()).message).toMatch(/percent-encoded \(%2B\)/)
        const digit = await linksetOf(`/01/${FISH_SAUCE.gtin14}/10/NM%32610`)
        expect(digit.status).toBe(400)
        expect((await digit.json()).message).toMatch(/%32 stands for "2"/)
        // Percent-encoding in lower case is the same code, written back in capitals.
        await addFishSauceLot("Q/27+2")
        const lower = await linksetOf(`/01/${FISH_SAUCE.gtin14}/10/Q%2f27%2b2`)
        expect([lower.status, lower.headers.get("location")]).toEqual([200, null])
        expect((await lower.json()).linkset[0].anchor).toBe(`${SHOP}/01/${FISH_SAUCE.gtin14}/10/Q%2F27%2B2`)
      })
    })

    describe("the scan page's data", () => {
      it("shows a genuine unit: certificate, lot with tests, journey in order, where to buy", async () => {
        const view = await traceOf(signed(fishPath(serials[1])))
        expect(view.genuine).toBe(true)
        expect(view.warnings).toEqual([])
        expect(view.code).toMatchObject({ gtin: FISH_SAUCE.gtin14, lot: "NM2610", serial: serials[1], token: "valid" })
        expect(view.certificate).toMatchObject({ state: "active", stars: 3 })
        expect(view.producer?.name).toBeTruthy()
        expect(view.lot).toMatchObject({ produced_on: "2026-10-05", expires_on: "2028-10-05" })
        expect(view.lot!.tests.map((t) => t.report_ref)).toEqual(["KQ-DEMO-2610-01", "KQ-DEMO-2610-02"])
        expect(view.journey.map((s) => s.type)).toEqual(["harvested", "processed", "packed", "shipped", "received"])
        expect(view.sales_points.length).toBeGreaterThan(0)
        expect(view.scans).toEqual({ count: 0, first_scanned_at: null })
      })

      it("says what each code proves: the unit only with its signature, else the lot or the product", async () => {
        expect((await traceOf(signed(fishPath(serials[1])))).proves).toBe("unit")
        // A lot code is on every package of the lot: it proves the lot is on record, not this package.
        const lot = await trace(`/01/${FISH_SAUCE.gtin14}/10/${FISH_SAUCE.lot}`)
        expect([lot.genuine, lot.proves]).toEqual([true, "lot"])
        const product = await trace(`/01/${FISH_SAUCE.gtin14}`)
        expect([product.genuine, product.proves]).toEqual([true, "product"])
        expect((await trace(fishPath(serials[1]), "AAAAAAAAAAAA")).proves).toBe("nothing")
        expect((await trace(fishPath(serials[1]))).proves).toBe("nothing")
        // Where to buy, as the product page lists it: a map's place and the opening hours.
        expect(lot.sales_points[0]).toMatchObject({
          key: expect.any(String),
          address: expect.any(String),
          opening_hours: expect.any(String),
          latitude: expect.any(Number),
          available_quantity: expect.any(Number),
        })
      })

      it("warns about a forged token, a serial without one, and unregistered codes", async () => {
        const forged = await trace(fishPath(serials[2]), "AAAAAAAAAAAA")
        expect(forged.genuine).toBe(false)
        expect(forged.warnings).toEqual(["forged_token"])
        // A token is bound to its serial: a neighbour's token does not pass.
        const borrowed = await trace(fishPath(serials[2]), serialToken(SECRET, fishPath(serials[3])))
        expect(borrowed.warnings).toEqual(["forged_token"])
        expect((await trace(fishPath(serials[2]))).warnings).toEqual(["unsigned_serial"])
        expect((await trace(`/01/${FISH_SAUCE.gtin14}/10/NOPE1`)).warnings).toEqual(["unknown_lot"])
        expect((await trace(`/01/${FISH_SAUCE.gtin14}/10/${FISH_SAUCE.lot}/21/NOSUCH`, "x")).warnings).toContain(
          "unknown_serial",
        )
      })

      it("counts people's scans (not link previews) and dates the first one", async () => {
        const path = signed(fishPath(serials[4]))
        await get(path, { accept: "text/html" })
        await get(path, { accept: "text/html", "user-agent": "facebookexternalhit/1.1" })
        await get(path, { accept: "text/html" })
        const view = await until(
          () => traceOf(path),
          (v) => v.scans!.count >= 2,
        )
        expect(view.scans!.count).toBe(2)
        expect(Date.now() - Date.parse(view.scans!.first_scanned_at!)).toBeLessThan(60_000)
        // Written in the recorder's next batch: a device class, never the user agent.
        const id = (await serialRow(serials[4])).id
        const [scan] = await until(
          () => service().listScans({ serial_id: id }, { take: null }),
          (rows) => rows.length === 2,
        )
        expect(scan.device).toBe("ios")
      })
    })

    describe("clone detection", () => {
      it("flags a serial scanned more often than allowed, and one scanned too far apart", async () => {
        const often = signed(fishPath(serials[5]))
        for (let i = 0; i < 6; i++) await get(often, { accept: "text/html", ...DONG_HA })
        const travel = signed(fishPath(serials[6]))
        await get(travel, { accept: "text/html", ...DONG_HA })
        await get(travel, { accept: "text/html", ...HA_NOI })
        const calm = signed(fishPath(serials[7]))
        for (let i = 0; i < 3; i++) await get(calm, { accept: "text/html", ...DONG_HA })

        const flaggedOften = await until(
          () => traceOf(often),
          (v) => v.warnings.includes("suspected_clone"),
        )
        expect(flaggedOften.warnings).toEqual(["suspected_clone"])
        const flaggedTravel = await until(
          () => traceOf(travel),
          (v) => v.warnings.includes("suspected_clone"),
        )
        expect(flaggedTravel.genuine).toBe(false)
        const calmView = await until(
          () => traceOf(calm),
          (v) => v.scans!.count === 3,
        )
        expect(calmView.warnings).toEqual([])

        const { flagged_serials } = (await api.get(`/admin/traceability/flags`, shop.admin)).data
        const reasons = Object.fromEntries(
          flagged_serials.map((s: { serial: string; clone_reasons: { rule: string }[] }) => [
            s.serial,
            s.clone_reasons.map((r) => r.rule),
          ]),
        )
        expect(reasons[serials[5]]).toEqual(["too_many_scans"])
        expect(reasons[serials[6]]).toEqual(["too_far_apart"])
        expect(reasons[serials[7]]).toBeUndefined()
        // Scans store a coarse place only.
        const scans = await service().listScans({ serial_id: (await serialRow(serials[6])).id }, { take: null })
        expect(scans.map((s) => [s.lat, s.lon]).sort()).toEqual([
          [16.8, 107.1],
          [21, 105.8],
        ])
      })
    })

    describe("labels", () => {
      it("prints PNG labels whose QR codes decode to signed codes that resolve as genuine", async () => {
        // Every label of the lot: each must decode exactly, and resolve as the genuine unit it names.
        for (const serial of serials) {
          const res = await api.get(`/admin/traceability/lots/${fishLotId}/labels?format=png&serial=${serial}`, {
            ...shop.admin,
            responseType: "arraybuffer",
          })
          expect(res.headers["content-type"]).toMatch(/image\/png/)
          const { data, info } = await sharp(Buffer.from(res.data))
            .ensureAlpha()
            .raw()
            .toBuffer({ resolveWithObject: true })
          const decoded = jsQR(new Uint8ClampedArray(data), info.width, info.height)
          expect(decoded?.data).toBe(`${SHOP}${signed(fishPath(serial))}`)
          const url = new URL(decoded!.data)
          const view = await traceOf(`${url.pathname}${url.search}`)
          expect(view.genuine).toBe(true)
        }
      })

      it("codes carry the GTIN of the lot's own variant, or the handle fallback when it has none; EPCIS names the same", async () => {
        const { lots } = (await api.get(`/admin/traceability/lots`, shop.admin)).data
        const { data: variants } = await getContainer()
          .resolve("query")
          .graph({ entity: "product_variant", fields: ["id", "ean", "product.handle"] })
        type Variant = { id: string; ean: string | null; product: { handle: string } }
        const variantOf = new Map((variants as Variant[]).map((v) => [v.id, v]))
        let checked = 0
        for (const lot of lots as { id: string; code: string; variant_id: string }[]) {
          const variant = variantOf.get(lot.variant_id)!
          const expected = variant.ean
            ? `${SHOP}/01/${variant.ean.padStart(14, "0")}/10/${lot.code}`
            : `${SHOP}/p/${variant.product.handle}/10/${lot.code}`
          const { data: epcis } = await api.get(`/admin/traceability/lots/${lot.id}/epcis`, shop.admin)
          expect([lot.code, epcis.epcisBody.eventList[0].quantityList[0].epcClass]).toEqual([lot.code, expected])
          // A label: its QR code decodes to the same lot path (the certified products' lots only).
          const [unit] = await service().listSerials({ lot_id: lot.id }, { select: ["serial"], take: 1 })
          if (!unit) continue
          const res = await api
            .get(`/admin/traceability/lots/${lot.id}/labels?format=png&serial=${unit.serial}`, {
              ...shop.admin,
              responseType: "arraybuffer",
            })
            .catch((e: { response: { status: number } }) => e.response)
          if (res.status !== 200) continue // a product that is not certified gets no labels
          const { data, info } = await sharp(Buffer.from(res.data))
            .ensureAlpha()
            .raw()
            .toBuffer({ resolveWithObject: true })
          const decoded = jsQR(new Uint8ClampedArray(data), info.width, info.height)
          expect([lot.code, decoded?.data.split("/21/")[0]]).toEqual([lot.code, expected])
          // A GS1 code is a valid Digital Link URI to GS1's own toolkit (the check digit included).
          if (expected.startsWith(`${SHOP}/01/`))
            expect([decoded!.data, DigitalLink(decoded!.data).isValid()]).toEqual([decoded!.data, true])
          checked++
        }
        expect(checked).toBeGreaterThanOrEqual(3)
        // The coffee lot (500 g, no GTIN) is not on record under the 250 g pack's GTIN: that code walks up.
        const other = await linksetOf(`/01/${COFFEE.gtin14}/10/${COFFEE.lot}`)
        expect([other.status, other.headers.get("location")]).toEqual([303, `${SHOP}/01/${COFFEE.gtin14}`])
      })

      it("prints the lot's A4 PDF sheet, and refuses labels for a product that is not certified", async () => {
        const res = await api.get(`/admin/traceability/lots/${fishLotId}/labels`, {
          ...shop.admin,
          responseType: "arraybuffer",
        })
        expect(res.headers["content-type"]).toMatch(/application\/pdf/)
        const pdf = await PDFDocument.load(Buffer.from(res.data))
        const { width, height } = pdf.getPage(0).getSize()
        expect([Math.round(width), Math.round(height)]).toEqual([595, 842])
        const { lots } = (await api.get(`/admin/traceability/lots`, shop.admin)).data
        const revoked = lots.find((l: { code: string }) => l.code === "CC-2605")
        const refused = await api
          .get(`/admin/traceability/lots/${revoked.id}/labels`, shop.admin)
          .catch((e: { response: { status: number; data: { message: string } } }) => e.response)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/no OCOP certificate that lists it/)
      })
    })

    describe("admin", () => {
      it("refuses a lot with a bad code or dates, naming the field", async () => {
        const { data } = await api.get(`/store/products?handle=nuoc-mam-tung-van&fields=id`, {
          headers: { "x-publishable-api-key": shop.publishableKey },
        })
        const post = (body: object) =>
          api
            .post(`/admin/traceability/lots`, { product_id: data.products[0].id, quantity: 5, ...body }, shop.admin)
            .catch((e: { response: { status: number; data: { message: string } } }) => e.response)
        const badCode = await post({ code: "lô 1", produced_on: "2026-11-01" })
        expect(badCode.status).toBe(400)
        expect(badCode.data.message).toMatch(/code may use only GS1 character set 82/)
        const badDates = await post({ code: "OK1", produced_on: "2026-11-01", expires_on: "2026-10-01" })
        expect(badDates.status).toBe(400)
        expect(badDates.data.message).toMatch(/expires_on must not be before produced_on/)
        const duplicate = await post({ code: FISH_SAUCE.lot, produced_on: "2026-11-01" })
        expect(duplicate.status).toBe(422)
      })

      it("every lot's EPCIS export validates against EPCIS 2.0's schema (epcis2.js); broken copies do not", async () => {
        const { lots } = (await api.get(`/admin/traceability/lots`, shop.admin)).data
        expect(lots.length).toBeGreaterThan(2)
        let sample: { epcisBody: { eventList: Record<string, unknown>[] } } | null = null
        for (const lot of lots as { id: string; code: string }[]) {
          const { data } = await api.get(`/admin/traceability/lots/${lot.id}/epcis`, shop.admin)
          expect([lot.code, validateEpcisDocument(data, false)]).toEqual([lot.code, { success: true, errors: [] }])
          sample ??= data
        }
        // Negative controls: the validator does reject what the schema forbids.
        const broken = (change: (event: Record<string, unknown>) => void) => {
          const copy = structuredClone(sample!)
          change(copy.epcisBody.eventList[0])
          return validateEpcisDocument(copy, false).success
        }
        expect(broken((e) => delete e.action)).toBe(false)
        expect(broken((e) => (e.eventTime = "5/10/2026"))).toBe(false)
        expect(broken((e) => (e.type = "ParcelEvent"))).toBe(false)
        // And GS1's toolkit refuses a GTIN whose check digit is wrong.
        expect(DigitalLink(`${SHOP}/01/08930000001055`).isValid()).toBe(false)
      })

      it("exports a lot's journey as EPCIS 2.0 JSON-LD", async () => {
        const { data } = await api.get(`/admin/traceability/lots/${fishLotId}/epcis`, shop.admin)
        expect(data.type).toBe("EPCISDocument")
        expect(data.schemaVersion).toBe("2.0")
        expect(data["@context"][0]).toBe("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld")
        const events = data.epcisBody.eventList
        expect(events.map((e: { bizStep: string }) => e.bizStep)).toEqual([
          "commissioning",
          "creating_class_instance",
          "packing",
          "shipping",
          "receiving",
        ])
        expect(events[0].quantityList).toEqual([
          { epcClass: `${SHOP}/01/${FISH_SAUCE.gtin14}/10/NM2610`, quantity: 600 },
        ])
        expect(events[1].ilmd).toMatchObject({
          "cbvmda:lotNumber": "NM2610",
          "cbvmda:itemExpirationDate": "2028-10-05",
        })
        expect(new Set(events.map((e: { eventID: string }) => e.eventID)).size).toBe(5)
      })
    })

    describe("revocation", () => {
      it("changes the scan page at once, and the buy link leaves the linkset", async () => {
        const { data: product } = await api.get(
          `/store/products?handle=ca-phe-khe-sanh&fields=id,+certificates.number`,
          {
            headers: { "x-publishable-api-key": shop.publishableKey },
          },
        )
        const number = product.products[0].certificates[0].number
        const [certificate] = await getContainer().resolve<OcopTestService>("ocop").listCertificates({ number })
        const path = `/p/${COFFEE.handle}/10/${COFFEE.lot}`
        expect((await trace(path)).genuine).toBe(true)
        expect((await (await linksetOf(path)).json()).linkset[0]["https://gs1.org/voc/pip"]).toBeDefined()

        await api.post(
          `/admin/ocop/certificates/${certificate.id}/status`,
          {
            status: "revoked",
            reason_code: "food_safety_violation",
            decision_number: "QĐ-DEMO-THU-HOI",
            decision_date: "2026-11-29",
          },
          shop.admin,
        )
        // The very next read: no polling.
        const view = await trace(path)
        expect([view.genuine, view.proves]).toEqual([false, "nothing"])
        expect(view.warnings).toEqual(["revoked"])
        expect(view.certificate).toMatchObject({ state: "revoked", status_decision_number: "QĐ-DEMO-THU-HOI" })
        expect(view.product.listed).toBe(false)
        expect(view.sales_points).toEqual([])
        const linkset = await until(
          async () => (await (await linksetOf(path)).json()).linkset[0],
          (entry) => !entry["https://gs1.org/voc/pip"],
          1_000,
        )
        expect(linkset["https://gs1.org/voc/pip"]).toBeUndefined()
      })
    })

    async function serialRow(serial: string) {
      const [row] = await service().listSerials({ lot_id: fishLotId, serial }, { select: ["id"] })
      return row
    }
  },
})
