import { integrationTestRunner } from "../helpers/runner"
import { serialToken } from "@ocop/core/serial-token"
import sharp from "sharp"
import { setTimeout as sleep } from "node:timers/promises"
import { TRACEABILITY_MODULE } from "../../src/modules/traceability"
import type TraceabilityModuleService from "../../src/modules/traceability/service"
import { seedDemoShop } from "../helpers/demo"
import { portalClient } from "../helpers/portal"

// Read by the routes; set before the runner loads the application.
const SECRET = "trace-token-secret-for-tests"
process.env.TRACE_TOKEN_SECRET = SECRET
process.env.TRACE_GEO_HEADERS = "cloudflare"
process.env.TRACE_SCAN_FLUSH_MS = "50"

// Demo product (seed/data/products.json and lots.json): the code printed with its EAN-13.
const FISH_SAUCE = { gtin13: "8930000001054", gtin14: "08930000001054", lot: "NM2610" }
const PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
const DONG_HA = { "cf-iplatitude": "16.8163", "cf-iplongitude": "107.1003", "cf-ipcountry": "VN" }
const HA_NOI = { "cf-iplatitude": "21.0278", "cf-iplongitude": "105.8342", "cf-ipcountry": "VN" }

type Reply = { status: number; retryAfter: string | null; body: Record<string, any> } // eslint-disable-line @typescript-eslint/no-explicit-any

integrationTestRunner({
  inApp: true,
  sharedDemoShop: true,
  // The production limits (the harness raises them for the other suites, which register many accounts).
  env: { AUTH_THROTTLE_SCALE: "1" },
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    let serials: string[]
    const base = () => api.defaults.baseURL as string
    const portal = portalClient(api, getContainer, () => shop)
    const service = () => getContainer().resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const fishPath = (serial: string) => `/01/${FISH_SAUCE.gtin14}/10/${FISH_SAUCE.lot}/21/${serial}`

    /**
     * A report as a visitor's phone sends it through the storefront, from `address` (the test
     * connects from this machine, a trusted proxy, so `X-Forwarded-For` names the client). A form
     * when it carries a photo, JSON otherwise. No account, no session.
     */
    async function report(address: string, fields: Record<string, string>, photo?: Blob): Promise<Reply> {
      let body: string | FormData = JSON.stringify(fields)
      const headers: Record<string, string> = {
        "x-publishable-api-key": shop.publishableKey,
        "x-forwarded-for": address,
      }
      if (photo) {
        body = new FormData()
        for (const [name, value] of Object.entries(fields)) body.append(name, value)
        body.append("photo", photo, "anh-chup.jpg")
      } else headers["content-type"] = "application/json"
      const res = await fetch(`${base()}/store/trace/reports`, { method: "POST", headers, body })
      return { status: res.status, retryAfter: res.headers.get("retry-after"), body: await res.json() }
    }
    const asOfficial = async (path: string) => (await api.get(path, shop.admin)).data
    /** A phone's camera picture: larger than kept, with EXIF naming the phone and where it was. */
    const cameraJpeg = () =>
      sharp({ create: { width: 2400, height: 1800, channels: 3, background: { r: 180, g: 40, b: 30 } } })
        .jpeg()
        .withExif({ IFD0: { Make: "SpyPhone", Model: "Model-X", ImageDescription: "Cho Dong Ha, 16.81N 107.10E" } })
        .toBuffer()
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
      const { lots } = await asOfficial(`/admin/traceability/lots`)
      const lot = lots.find((l: { code: string }) => l.code === FISH_SAUCE.lot)
      serials = (await service().listSerials({ lot_id: lot.id }, { select: ["serial"], take: null })).map(
        (s) => s.serial,
      )
    })

    it("a visitor without an account reports a code; officials read it, and it keeps no address", async () => {
      const sent = await report("203.0.113.10", {
        code: `/01/${FISH_SAUCE.gtin13}/10/${FISH_SAUCE.lot}`,
        reason: "packaging_differs",
        details: "Nhãn in mờ, nắp chai khác màu",
        place: "Chợ Đông Hà",
        contact: "0912 345 678",
        locale: "vi",
      })
      expect(sent.status).toBe(201)
      const { report: seen, serial, scans } = await asOfficial(`/admin/traceability/reports/${sent.body.report.id}`)
      expect(seen).toMatchObject({
        // The code as the resolver reads it: the EAN-13 on the package, the GTIN-14 in the path.
        code_path: `/01/${FISH_SAUCE.gtin14}/10/${FISH_SAUCE.lot}`,
        product: { handle: "nuoc-mam-tung-van" },
        reason: "packaging_differs",
        details: "Nhãn in mờ, nắp chai khác màu",
        place: "Chợ Đông Hà",
        contact: "+84912345678",
        locale: "vi",
        status: "new",
        photo_url: null,
        token_state: "not_applicable",
      })
      expect(seen.lot_id).toMatch(/^lot_/)
      expect([serial, scans]).toEqual([null, []])
      expect(JSON.stringify(seen)).not.toContain("203.0.113.10")
      const row = (await service().listCounterfeitReports({ id: seen.id }))[0]
      expect(JSON.stringify(row)).not.toContain("203.0.113.10")
    })

    it("a photo is optional; one sent is kept as WebP, upright, at most 1600 px, its EXIF gone", async () => {
      const jpeg = await cameraJpeg()
      expect((await sharp(jpeg).metadata()).exif?.includes("SpyPhone")).toBe(true)
      const sent = await report(
        "203.0.113.11",
        { code: `/01/${FISH_SAUCE.gtin14}/10/${FISH_SAUCE.lot}`, reason: "suspicious_seller", locale: "en" },
        new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }),
      )
      expect(sent.status).toBe(201)
      const { report: seen } = await asOfficial(`/admin/traceability/reports/${sent.body.report.id}`)
      expect(seen.photo_url).toBe(`/admin/traceability/reports/${seen.id}/photo`)
      const photo = await api.get(seen.photo_url, { ...shop.admin, responseType: "arraybuffer" })
      expect(photo.headers["content-type"]).toBe("image/webp")
      const bytes = Buffer.from(photo.data)
      const meta = await sharp(bytes).metadata()
      expect([meta.format, meta.width, meta.height]).toEqual(["webp", 1600, 1200])
      expect(meta.exif).toBeUndefined()
      expect(bytes.includes("SpyPhone")).toBe(false)
      expect(bytes.includes("Dong Ha")).toBe(false)
    })

    it("refuses what cannot be a report with a 4xx that says why, and records nothing", async () => {
      const before = (await asOfficial(`/admin/traceability/reports`)).count
      const fish = `/01/${FISH_SAUCE.gtin14}`
      const unknown = await report("203.0.113.12", { code: "/01/08930000009999", reason: "other", details: "?" })
      expect(unknown.status).toBe(404)
      expect(unknown.body.message).toMatch(/not an OCOP product/)
      const malformed = await report("203.0.113.12", { code: "/01/08930000001055", reason: "other", details: "?" })
      expect(malformed.status).toBe(400)
      expect(malformed.body.message).toMatch(/check digit/)
      const noReason = await report("203.0.113.13", { code: fish })
      expect(noReason.status).toBe(400)
      expect(noReason.body.message).toMatch(/reason/)
      const otherSaysNothing = await report("203.0.113.13", { code: fish, reason: "other" })
      expect(otherSaysNothing.status).toBe(400)
      expect(otherSaysNothing.body.message).toMatch(/details/)
      const badContact = await report("203.0.113.14", { code: fish, reason: "other", details: "x", contact: "abc" })
      expect(badContact.status).toBe(400)
      expect(badContact.body.message).toMatch(/contact/)
      expect((await asOfficial(`/admin/traceability/reports`)).count).toBe(before)
    })

    it("a file that is not an image is refused with 400, whatever it claims to be", async () => {
      const before = (await asOfficial(`/admin/traceability/reports`)).count
      const pdf = new Blob(["%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF"], { type: "image/jpeg" })
      const refused = await report(
        "203.0.113.15",
        { code: `/01/${FISH_SAUCE.gtin14}`, reason: "code_already_used" },
        pdf,
      )
      expect(refused.status).toBe(400)
      expect(refused.body.message).toMatch(/photo is not an image/)
      expect((await asOfficial(`/admin/traceability/reports`)).count).toBe(before)
    })

    it("an oversize body is refused with 413 before it is read", async () => {
      const fields = { code: `/01/${FISH_SAUCE.gtin14}`, reason: "code_already_used" }
      const big = new Blob([new Uint8Array(8 * 1024 * 1024 + 1)], { type: "image/jpeg" })
      const photo = await report("203.0.113.16", fields, big)
      expect(photo.status).toBe(413)
      expect(photo.body.message).toMatch(/photo is larger than 8 MB/)
      const json = await report("203.0.113.17", { ...fields, reason: "other", details: "x".repeat(20_000) })
      expect(json.status).toBe(413)
    })

    it("five reports an hour from one address; the sixth waits, with Retry-After; others are not held back", async () => {
      const fields = { code: `/01/${FISH_SAUCE.gtin14}`, reason: "code_already_used" }
      for (let i = 0; i < 5; i++) expect((await report("203.0.113.20", fields)).status).toBe(201)
      const refused = await report("203.0.113.20", fields)
      expect(refused.status).toBe(429)
      expect(Number(refused.retryAfter)).toBeGreaterThan(3000)
      expect(Number(refused.retryAfter)).toBeLessThanOrEqual(3600)
      expect(refused.body.message).toMatch(/Try again in \d+ minutes/)
      expect((await report("203.0.113.21", fields)).status).toBe(201)
    })

    it("officials see a reported serial's scan history: when, coarse place, device, verdict, clone flags", async () => {
      const path = fishPath(serials[20])
      const token = serialToken(SECRET, path)
      const scan = (query: string, place: Record<string, string>) =>
        fetch(`${base()}${path}?s=${query}`, {
          redirect: "manual",
          headers: { "user-agent": PHONE, accept: "text/html", ...place },
        })
      // Scanned in Đông Hà, then an hour's drive away it is not: Hà Nội, 500 km, minutes later; and
      // once with a forged signature.
      await scan(token, DONG_HA)
      await scan(token, HA_NOI)
      await scan("AAAAAAAAAAAA", DONG_HA)
      const serialId = (await service().listSerials({ serial: serials[20] }))[0].id
      await until(
        () => service().listScans({ serial_id: serialId }),
        (rows) => rows.length === 3,
      )
      const sent = await report("203.0.113.30", { code: path, s: token, reason: "code_already_used", locale: "vi" })
      expect(sent.status).toBe(201)

      const detail = await until(
        () => asOfficial(`/admin/traceability/reports/${sent.body.report.id}`),
        (d) => !!d.serial?.flagged_at,
      )
      expect(detail.report).toMatchObject({ code_path: path, token_state: "valid", serial_id: serialId })
      expect(detail.serial).toMatchObject({ serial: serials[20], scan_count: 3 })
      expect(detail.serial.clone_reasons.map((r: { rule: string }) => r.rule)).toEqual(["too_far_apart"])
      // Newest first; places rounded to 0.1°, a device class, and the signature's verdict.
      expect(
        detail.scans.map((s: { lat: number; lon: number; country: string; device: string; verdict: string }) => [
          s.lat,
          s.lon,
          s.country,
          s.device,
          s.verdict,
        ]),
      ).toEqual([
        [16.8, 107.1, "VN", "ios", "forged_token"],
        [21, 105.8, "VN", "ios", "resolved"],
        [16.8, 107.1, "VN", "ios", "resolved"],
      ])
      expect(Date.now() - Date.parse(detail.scans[0].scanned_at)).toBeLessThan(60_000)
    })

    it("only officials read reports: nobody signed out, and no customer", async () => {
      const sent = await report("203.0.113.40", { code: `/01/${FISH_SAUCE.gtin14}`, reason: "code_already_used" })
      const id = sent.body.report.id
      const customer = await portal.customer("khach-bao-cao@example.vn")
      for (const path of [`/admin/traceability/reports`, `/admin/traceability/reports/${id}`]) {
        expect((await portal.call({}, "GET", path)).status).toBe(401)
        expect((await portal.call(customer, "GET", path)).status).toBe(401)
      }
      expect(
        (await portal.call(customer, "POST", `/admin/traceability/reports/${id}`, { status: "closed", note: "x" }))
          .status,
      ).toBe(401)
      expect((await portal.call(portal.official(), "GET", `/admin/traceability/reports/${id}`)).status).toBe(200)
    })

    it("an official takes a report up, then closes it with a note, which erases the contact", async () => {
      const fields = { code: `/01/${FISH_SAUCE.gtin14}`, reason: "code_already_used", contact: "an@example.vn" }
      const id = (await report("203.0.113.50", fields)).body.report.id
      const open = (await report("203.0.113.50", fields)).body.report.id
      const review = (body: object) => portal.call(portal.official(), "POST", `/admin/traceability/reports/${id}`, body)

      const reviewing = await review({ status: "reviewing", note: "Đã gọi điện cho người báo" })
      expect(reviewing.status).toBe(200)
      expect(reviewing.body.report).toMatchObject({ status: "reviewing", contact: "an@example.vn", closed_at: null })
      const { reports } = await asOfficial(`/admin/traceability/reports?status=reviewing`)
      expect(reports.map((r: { id: string }) => r.id)).toEqual([id])
      // Newest first when not filtered.
      const all = (await asOfficial(`/admin/traceability/reports`)).reports.map((r: { id: string }) => r.id)
      expect(all.indexOf(open)).toBeLessThan(all.indexOf(id))

      const noNote = await review({ status: "closed" })
      expect(noNote.status).toBe(400)
      expect(noNote.body.message).toMatch(/note/)
      const closed = await review({ status: "closed", note: "Hàng thật; nhãn đời cũ" })
      expect(closed.status).toBe(200)
      expect(closed.body.report).toMatchObject({
        status: "closed",
        official_note: "Hàng thật; nhãn đời cũ",
        contact: null,
      })
      expect(Date.now() - Date.parse(closed.body.report.closed_at)).toBeLessThan(60_000)
      expect((await review({ status: "reviewing" })).body.report).toMatchObject({ contact: null, closed_at: null })
      expect(
        (
          await portal.call(portal.official(), "POST", `/admin/traceability/reports/tcrep_nope`, {
            status: "reviewing",
          })
        ).status,
      ).toBe(404)
    })
  },
})
