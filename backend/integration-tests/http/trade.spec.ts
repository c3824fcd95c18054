import { integrationTestRunner } from "../helpers/runner"
import { vietnamDate } from "@ocop/core"
import { expireAgreementsWorkflow } from "../../src/workflows/trade/agreements/expire-agreements"
import { recordDeliveryWorkflow } from "../../src/workflows/trade/agreements/record-delivery"
import { seedDemoShop, type OcopTestService } from "../helpers/demo"
import { portalClient, type Who } from "../helpers/portal"
import { tradeOf } from "../../src/workflows/trade/common/records"

/** Demo facts (seed/data/trade.json). */
const FAIR = "hoi-cho-ocop-quang-tri-2026"
const CONFERENCE = "ket-noi-cung-cau-ocop"
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex")

integrationTestRunner({
  inApp: true,
  sharedDemoShop: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    const base = () => api.defaults.baseURL as string
    const { official, call, ok, customer, pending, business } = portalClient(api, getContainer, () => shop)

    const productId = async (handle: string) =>
      (await ok({}, "GET", `/store/products?handle=${handle}&fields=id`)).products[0].id as string
    const certificateNumber = async (handle: string) =>
      (await ok({}, "GET", `/store/products?handle=${handle}&fields=id,+certificates.number`)).products[0]
        .certificates[0].number as string
    const eventOf = async (handle: string) => (await ok({}, "GET", `/store/trade/events/${handle}`)).event

    beforeAll(async () => {
      shop = await seedDemoShop(getContainer(), api)
    })

    describe("sales points and fairs, for everyone", () => {
      it("lists the OCOP sales points with type, place, hours and the certified products each stocks", async () => {
        const { sales_points } = await ok({}, "GET", "/store/trade/sales-points")
        expect(sales_points.map((p: { key: string }) => p.key).sort()).toEqual([
          "diem-ban-cho-dong-ha",
          "diem-ban-cua-tung",
          "diem-ban-dong-hoi",
          "diem-ban-khe-sanh",
        ])
        const cuaTung = sales_points.find((p: { key: string }) => p.key === "diem-ban-cua-tung")
        expect(cuaTung).toMatchObject({
          type: "tourist_site",
          commune_code: "19414",
          latitude: 17.0176,
          opening_hours: expect.stringContaining("07:00"),
          tours: ["Tour Địa đạo Vịnh Mốc – Cửa Tùng"],
        })
        expect(cuaTung.stock_location_id).toMatch(/^sloc_/)
        // Stocked demo products are listed ones only: the 2★ demo products never appear.
        const handles = cuaTung.products.map((p: { handle: string }) => p.handle)
        expect(handles).toContain("nuoc-mam-tung-van")
        expect(handles).not.toContain("banh-gung-du-lieu-mau")
        expect(cuaTung.products.every((p: { stars: number }) => p.stars >= 3)).toBe(true)

        const markets = await ok({}, "GET", "/store/trade/sales-points?type=traditional_market")
        expect(markets.sales_points.map((p: { key: string }) => p.key)).toEqual(["diem-ban-cho-dong-ha"])
        const bad = await call({}, "GET", "/store/trade/sales-points?type=castle")
        expect(bad.status).toBe(400)
        expect(bad.body.message).toMatch(/type/)
      })

      it("keeps 'where to buy' on the product page, from the same sales points", async () => {
        const id = await productId("nuoc-mam-tung-van")
        const { sales_points } = await ok({}, "GET", `/store/ocop/products/${id}/sales-points`)
        expect(sales_points.length).toBe(4)
        expect(sales_points[0]).toMatchObject({ available_quantity: expect.any(Number), type: expect.any(String) })
      })

      it("shows a fair's programme, exhibitors with booths and their certified products", async () => {
        const event = await eventOf(FAIR)
        expect(event).toMatchObject({ kind: "fair", starts_on: "2026-09-18", ends_on: "2026-09-20" })
        expect(event.programme.length).toBe(3)
        expect(event.exhibitors.map((x: { booth: string }) => x.booth)).toEqual(["A01", "A02", "A03", "B01"])
        const tuPhong = event.exhibitors.find((x: { booth: string }) => x.booth === "A03")
        expect(tuPhong.products.length).toBe(3)
        expect(tuPhong.business_id).toMatch(/^biz_/)
        // Ta Lu has no verified account: a buyer cannot ask it for a meeting through the portal.
        expect(event.exhibitors.find((x: { booth: string }) => x.booth === "B01").business_id).toBeNull()
        expect((await call({}, "GET", "/store/trade/events/no-such-fair")).status).toBe(404)
      })
    })

    describe("OCOP subjects for the officials' pickers", () => {
      it("lists producers by name with their products and certificates, for officials only", async () => {
        const { subjects, count } = await ok(
          official(),
          "GET",
          `/admin/ocop/subjects?q=${encodeURIComponent("Tùng Vân")}`,
        )
        expect(count).toBe(1)
        expect(subjects[0]).toMatchObject({ key: "tung-van", products: [{ title: expect.stringMatching(/Nước mắm/) }] })
        expect(subjects[0].products[0].certificates[0]).toMatchObject({ stars: 3, status: "active" })
        const all = await ok(official(), "GET", "/admin/ocop/subjects?limit=500")
        // Every producer of the demo, including those whose only certificate expired or was revoked.
        expect(all.subjects.map((x: { key: string }) => x.key)).toEqual(
          expect.arrayContaining(["tung-van", "kieu-tran-phat", "bun-van-linh"]),
        )
        expect((await call({}, "GET", "/admin/ocop/subjects")).status).toBe(401)
        expect((await call(official(), "GET", "/admin/ocop/subjects?limit=9999")).status).toBe(400)
      })
    })

    describe("plan KPIs", () => {
      it("computes the trade figures of the demo and exports them as CSV", async () => {
        const today = vietnamDate()
        const period = `from=2026-01-01&to=${today}`
        const { figures, plan } = await ok(official(), "GET", `/admin/trade/kpis?${period}`)
        expect(plan.code).toBe("76/KH-UBND")
        const by = Object.fromEntries(figures.map((f: { indicator: string }) => [f.indicator, f]))
        // trade.json: the signed contract (110,000,000 ₫, 44,000,000 delivered) and the signed MoU
        // (30,000,000 ₫); the draft and the cancelled contract do not count.
        expect(by.SIGNED_VALUE_VND.actual).toBe(140_000_000)
        expect(by.REALISED_VALUE_VND.actual).toBe(44_000_000)
        expect(by.NEW_3STAR.target).toMatchObject({ min: 23 })

        const res = await fetch(`${base()}/admin/trade/kpis?${period}&format=csv`, { headers: shop.admin.headers })
        expect(res.headers.get("content-type")).toMatch(/^text\/csv/)
        const csv = (await res.text()).split("\r\n")
        expect(csv[0]).toBe("indicator,period_from,period_to,actual,count,total,target_min,target_max,unit,verdict")
        expect(csv).toContain(`SIGNED_VALUE_VND,2026-01-01,${today},140000000,,,,,,`)
        const bad = await call(official(), "GET", "/admin/trade/kpis?from=2026-13-01")
        expect(bad.status).toBe(400)
        expect(bad.body.message).toMatch(/YYYY-MM-DD/)
      })
    })

    describe("business portal", () => {
      it("registers a business that waits for the OCOP office before it can post", async () => {
        const who = await customer("mua-hang@example.vn")
        expect((await ok(who, "GET", "/store/trade/me")).business).toBeNull()
        const bad = await call(who, "POST", "/store/trade/me", {
          company_name: "X",
          tax_code: "12345",
          type: "distributor",
        })
        expect(bad.status).toBe(400)
        expect(bad.body.message).toMatch(/tax_code/)
        // A business joins under the operating rules, whichever client registers it.
        const profile = { company_name: "Công ty Thử Đăng Ký", tax_code: "3200999001", type: "distributor" }
        const unagreed = await call(who, "POST", "/store/trade/me", profile)
        expect(unagreed.status).toBe(400)
        expect(unagreed.body.message).toMatch(/accept_operating_rules must be true/)
        expect((await ok(who, "GET", "/store/trade/me")).business).toBeNull()
        const { business } = await ok(who, "POST", "/store/trade/me", { ...profile, accept_operating_rules: true })
        expect(business.status).toBe("pending")
        const rules = (await ok(who, "GET", "/store/ocop/consents/me")).consents.filter(
          (c: { purpose: string }) => c.purpose === "operating_rules",
        )
        expect(rules).toEqual([
          expect.objectContaining({ channel: "business_portal", policy_kind: "operating_rules", withdrawn_at: null }),
        ])
        // An update of the profile needs no new consent.
        expect((await call(who, "POST", "/store/trade/me", { ...profile, phone: "0233 111 222" })).status).toBe(200)
        const early = await call(who, "POST", "/store/trade/me/needs", {
          title: "Nước mắm",
          keywords: ["nước mắm"],
          quantity: 100,
          deadline: "2027-06-30",
        })
        expect(early.status).toBe(403)
        expect(early.body.message).toMatch(/not verified/)
        // Another applicant with the same code is registered like anyone: nothing tells it the code is claimed.
        const again = await call(await customer("trung-mst@example.vn"), "POST", "/store/trade/me", {
          company_name: "Trùng",
          tax_code: "3200999001",
          type: "supermarket",
          accept_operating_rules: true,
        })
        expect(again.status).toBe(200)
        expect(again.body.business).toMatchObject({ status: "pending", tax_code: "3200999001" })
      })

      it("matches a need to offers with reasons, and drops a product whose certificate is revoked", async () => {
        const buyer = await business("chuoi-nha-hang@example.vn", "3200999002", "hotel_restaurant")
        const { need } = await ok(buyer.who, "POST", "/store/trade/me/needs", {
          title: "Nước mắm cho bếp",
          group_code: "I.4.a",
          keywords: ["nước mắm"],
          quantity: 600,
          min_stars: 3,
          deadline: vietnamDate(new Date(Date.now() + 60 * 86_400_000)),
          price_ceiling: 150_000,
          latitude: 16.8163,
          longitude: 107.1003,
        })
        const { needs } = await ok(buyer.who, "GET", "/store/trade/me/matches")
        const mine = needs.find((n: { need: { id: string } }) => n.need.id === need.id)
        expect(mine.offers[0].product.handle).toBe("nuoc-mam-tung-van")
        expect(mine.offers[0].score).toBeGreaterThan(80)
        expect(mine.offers[0].reasons.map((r: { factor: string }) => r.factor)).toEqual([
          "product",
          "capacity",
          "distance",
          "price",
          "certificate",
        ])
        expect(mine.offers[0].reasons[0]).toMatchObject({ same_group: true, keywords: ["nước mắm"] })

        const certificate = (
          await getContainer()
            .resolve<OcopTestService>("ocop")
            .listCertificates({ number: await certificateNumber("nuoc-mam-tung-van") })
        )[0]
        await ok(official(), "POST", `/admin/ocop/certificates/${certificate.id}/status`, {
          status: "revoked",
          reason_code: "food_safety_violation",
          decision_number: "QĐ-DEMO-THU-HOI-TRADE",
          decision_date: vietnamDate(),
        })
        const after = (await ok(buyer.who, "GET", "/store/trade/me/matches")).needs.find(
          (n: { need: { id: string } }) => n.need.id === need.id,
        )
        expect(after.offers.map((o: { product: { handle: string } }) => o.product.handle)).not.toContain(
          "nuoc-mam-tung-van",
        )
        // The fair page stops showing it too.
        const booth = (await eventOf(FAIR)).exhibitors.find((x: { booth: string }) => x.booth === "A01")
        expect(booth.products).toEqual([])
      })
    })

    describe("tax codes", () => {
      it("finding 6: only a verified profile holds its tax code; officials see the claims and release a squatter's", async () => {
        const apply = async (email: string, taxCode: string) => {
          const who = await customer(email)
          return call(who, "POST", "/store/trade/me", {
            company_name: `Ứng viên ${email}`,
            tax_code: taxCode,
            type: "distributor",
            accept_operating_rules: true,
          })
        }
        const review = (id: string, body: Record<string, unknown>) =>
          call(official(), "POST", `/admin/trade/businesses/${id}/review`, body)
        // A squatter is rejected; the genuine business with that code then registers, as anyone would.
        const rejected = await pending("chiem-mst@example.vn", "3200660001", "distributor")
        expect((await review(rejected.id, { status: "rejected", note: "không phải chủ mã số thuế" })).status).toBe(200)
        const afterRejected = await apply("that-su-1@example.vn", "3200660001")
        expect(afterRejected.status).toBe(200)
        // A verified squatter: the genuine applicant's answer is the same as for a code nobody claims.
        const squatter = await business("chiem-mst-2@example.vn", "3200660002", "distributor")
        const claimed = await apply("that-su-2@example.vn", "3200660002")
        const fresh = await apply("moi-hoan-toan@example.vn", "3200660003")
        expect([claimed.status, fresh.status]).toEqual([200, 200])
        const shape = (b: Record<string, unknown>) => ({ ...b, id: "", company_name: "", tax_code: "", created_at: "" })
        expect(shape(claimed.body.business)).toEqual(shape(fresh.body.business))

        // Officials see who else claims the code, and verifying is refused while another holds it.
        const { businesses } = await ok(official(), "GET", "/admin/trade/businesses?status=pending")
        const row = businesses.find((b: { id: string }) => b.id === claimed.body.business.id)
        expect(row.tax_code_claims).toEqual([
          { id: squatter.id, company_name: "Doanh nghiệp thử 3200660002", status: "verified" },
        ])
        expect(businesses.find((b: { id: string }) => b.id === fresh.body.business.id).tax_code_claims).toEqual([])
        const refused = await review(claimed.body.business.id, { status: "verified" })
        expect(refused.status).toBe(422)
        expect(refused.body.message).toMatch(/tax_code 3200660002 is held by verified business .*release it first/)
        // The database holds the rule too: a second verified holder cannot be written past the workflow.
        await expect(
          tradeOf(getContainer()).updateBusinesses({ id: claimed.body.business.id, status: "verified" }),
        ).rejects.toThrow()

        // The official releases the squatter's code, with the reason; the genuine business is verified.
        const release = (id: string, body: unknown) =>
          call(official(), "POST", `/admin/trade/businesses/${id}/release`, body)
        expect((await release(squatter.id, {})).status).toBe(400)
        const released = await release(squatter.id, { reason: "Sở Tài chính xác nhận MST thuộc doanh nghiệp khác" })
        expect(released.status).toBe(200)
        expect(released.body.business).toMatchObject({
          status: "rejected",
          review_note: "Sở Tài chính xác nhận MST thuộc doanh nghiệp khác",
          verified_at: null,
        })
        const again = await release(squatter.id, { reason: "lần nữa" })
        expect(again.status).toBe(400)
        expect(again.body.message).toMatch(/is rejected: only a verified profile holds its tax code/)
        expect(
          (
            await call(squatter.who, "POST", "/store/trade/me/needs", {
              title: "x",
              quantity: 1,
              deadline: "2027-06-30",
            })
          ).status,
        ).toBe(403)
        expect((await review(claimed.body.business.id, { status: "verified" })).status).toBe(200)
        expect((await call({}, "POST", `/admin/trade/businesses/${squatter.id}/release`, { reason: "x" })).status).toBe(
          401,
        )
      })
    })

    describe("meetings at a fair", () => {
      it("books each party and table once, whatever the concurrency", async () => {
        const event = await eventOf(CONFERENCE)
        // The first slot of the conference (meetings from 08:00, Vietnam time).
        const slot = new Date(`${event.starts_on}T08:00:00+07:00`).toISOString()
        // Demo accounts have no login; a new producer account for Ta Lu answers here.
        const taLu = await business("ta-lu@example.vn", "3200999010", "producer", "ta-lu")
        const buyers = await Promise.all(
          [1, 2, 3, 4, 5].map((i) => business(`hop-${i}@example.vn`, `320099902${i}`, "distributor")),
        )
        // Five buyers ask Ta Lu for the same slot; all requests are taken, none is booked yet.
        const requests = await Promise.all(
          buyers.map((b) =>
            ok(b.who, "POST", "/store/trade/me/meetings", {
              event_id: event.id,
              counterpart_id: taLu.id,
              slot_start: slot,
            }),
          ),
        )
        expect(requests.map((r) => r.meeting.status)).toEqual(Array(5).fill("requested"))
        // Ta Lu accepts all five at once: exactly one wins, the others are told the slot is taken.
        const answers = await Promise.all(
          requests.map((r) =>
            call(taLu.who, "POST", `/store/trade/me/meetings/${r.meeting.id}/answer`, { answer: "accept" }),
          ),
        )
        expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409])
        for (const lost of answers.filter((a) => a.status === 409))
          expect(lost.body.message).toMatch(/already has a meeting/)
        const agenda = (await ok(taLu.who, "GET", "/store/trade/me/meetings")).meetings
        const accepted = agenda.filter((m: { status: string }) => m.status === "accepted")
        expect(accepted).toHaveLength(1)
        expect(accepted[0]).toMatchObject({ role: "counterpart", table_no: 1 })

        // Four more producers, five pairs in the next slot, four tables: one pair finds no table.
        const slot2 = new Date(Date.parse(slot) + event.meetings.slot_minutes * 60_000).toISOString()
        const pairs = await Promise.all(
          buyers.map(async (b, i) => {
            const subjects = ["hung-dung", "mai-thi-thuy", "an-xuan", "green-globe"]
            const seller =
              i === 0 ? taLu : await business(`nsx-${i}@example.vn`, `320099903${i}`, "producer", subjects[i - 1])
            const { meeting } = await ok(b.who, "POST", "/store/trade/me/meetings", {
              event_id: event.id,
              counterpart_id: seller.id,
              slot_start: slot2,
            })
            return { seller, meeting }
          }),
        )
        const tables = await Promise.all(
          pairs.map((p) =>
            call(p.seller.who, "POST", `/store/trade/me/meetings/${p.meeting.id}/answer`, { answer: "accept" }),
          ),
        )
        expect(tables.map((t) => t.status).sort()).toEqual([200, 200, 200, 200, 409])
        expect(tables.find((t) => t.status === 409)!.body.message).toMatch(/table/)
        const booked = tables.filter((t) => t.status === 200).map((t) => t.body.meeting.table_no)
        expect(booked.sort()).toEqual([1, 2, 3, 4])

        // Cancelling frees the slot for both parties and the table.
        const first = tables.findIndex((t) => t.status === 200)
        await ok(buyers[first].who, "POST", `/store/trade/me/meetings/${pairs[first].meeting.id}/answer`, {
          answer: "cancel",
        })
        const { slots } = await ok(
          buyers[first].who,
          "GET",
          `/store/trade/me/events/${event.id}/slots?counterpart_id=${pairs[first].seller.id}`,
        )
        expect(slots.find((s: { start: string }) => s.start === slot2)).toMatchObject({ free: true, tables_free: 1 })
      })

      it("finding 12: shows free and busy slots only to verified profiles, for a counterpart they may meet", async () => {
        const event = await eventOf(FAIR)
        const slots = (who: Who, counterpart?: string) =>
          call(
            who,
            "GET",
            `/store/trade/me/events/${event.id}/slots${counterpart ? `?counterpart_id=${counterpart}` : ""}`,
          )
        const verified = await business("lich-ban@example.vn", "3200770001", "distributor")
        const other = await business("lich-kia@example.vn", "3200770002", "supermarket")
        const pendingWho = await customer("lich-cho@example.vn")
        const { business: pending } = await ok(pendingWho, "POST", "/store/trade/me", {
          company_name: "Doanh nghiệp chờ duyệt",
          tax_code: "3200770003",
          type: "distributor",
          accept_operating_rules: true,
        })

        expect((await slots(verified.who, other.id)).status).toBe(200)
        // A pending profile sees no one's calendar, not even its own.
        const asPending = await slots(pendingWho, verified.id)
        expect(asPending.status).toBe(403)
        expect((await slots(pendingWho)).status).toBe(403)
        // A pending counterpart's calendar is as unknown as a made-up id, and one's own id is no counterpart.
        const ofPending = await slots(verified.who, pending.id)
        expect(ofPending.status).toBe(404)
        expect(ofPending.body.message).toBe(`No verified business with id ${pending.id}`)
        expect((await slots(verified.who, "bus_made_up")).body.message).toBe("No verified business with id bus_made_up")
        expect((await slots(verified.who, verified.id)).status).toBe(400)
      })

      it("refuses a time that is not one of the fair's slots, naming the schedule", async () => {
        const event = await eventOf(CONFERENCE)
        const a = await business("lech-gio@example.vn", "3200999040", "supermarket")
        const b = await business("lech-gio-2@example.vn", "3200999041", "producer", "htx-tan-hop")
        const reply = await call(a.who, "POST", "/store/trade/me/meetings", {
          event_id: event.id,
          counterpart_id: b.id,
          slot_start: `${event.starts_on}T08:10:00+07:00`,
        })
        expect(reply.status).toBe(400)
        expect(reply.body.message).toMatch(/not a meeting slot of .*\(every 30 minutes, 08:00–17:00/)
      })

      it("finding 8: refuses a meeting at a fair that is over, saying so", async () => {
        // Yesterday's fair, made by an official: the clock cannot make it current again.
        const day = new Date(Date.parse(`${vietnamDate()}T12:00:00+07:00`) - 86_400_000).toISOString().slice(0, 10)
        const { event } = await ok(official(), "POST", "/admin/trade/events", {
          handle: "hoi-cho-da-qua",
          kind: "fair",
          name: "Hội chợ đã qua",
          starts_on: day,
          ends_on: day,
          venue: "Phường Đông Hà",
          organiser: "Sở Công Thương",
          tables: 4,
        })
        const a = await business("hoi-cho-qua@example.vn", "3200999050", "supermarket")
        const b = await business("hoi-cho-qua-2@example.vn", "3200999051", "distributor")
        const reply = await call(a.who, "POST", "/store/trade/me/meetings", {
          event_id: event.id,
          counterpart_id: b.id,
          slot_start: `${day}T08:00:00+07:00`,
        })
        expect(reply.status).toBe(400)
        expect(reply.body.message).toBe("Hội chợ đã qua is over; meetings can no longer be booked")
        expect((await ok(a.who, "GET", "/store/trade/me/meetings")).meetings).toEqual([])
      })
    })

    describe("agreements", () => {
      it("goes from a draft to a signed MoU, a contract, deliveries; PDFs for the parties only", async () => {
        const buyer = await business("ky-ket@example.vn", "3200999050", "distributor")
        const seller = await business("tuan-linh@example.vn", "3200999051", "producer", "tuan-linh")
        const stranger = await business("nguoi-ngoai@example.vn", "3200999052", "distributor")
        const oil = await productId("nam-moc-nhi-tuan-linh")
        const draft = (
          await ok(buyer.who, "POST", "/store/trade/me/agreements", {
            kind: "mou",
            counterpart_id: seller.id,
            lines: [{ product_id: oil, quantity: 100, unit_price: 80_000 }],
            term_start: vietnamDate(),
            term_end: "2027-12-31",
          })
        ).agreement
        expect(draft).toMatchObject({
          status: "draft",
          value: 8_000_000,
          seller: { id: seller.id },
          buyer: { id: buyer.id },
        })
        const one = await ok(buyer.who, "POST", `/store/trade/me/agreements/${draft.id}/sign`, {})
        expect(one.agreement.status).toBe("draft")
        const mou = (await ok(seller.who, "POST", `/store/trade/me/agreements/${draft.id}/sign`, {})).agreement
        expect(mou).toMatchObject({ status: "signed_mou", signed_on: vietnamDate() })
        // An MoU is an intent: no deliveries until it is a contract.
        const early = await call(seller.who, "POST", `/store/trade/me/agreements/${draft.id}/deliveries`, {
          delivered_on: vietnamDate(),
          quantity: 10,
          value: 800_000,
        })
        expect(early.status).toBe(400)
        await ok(seller.who, "POST", `/store/trade/me/agreements/${draft.id}/sign`, { upgrade_to_contract: true })
        const contract = (await ok(buyer.who, "POST", `/store/trade/me/agreements/${draft.id}/sign`, {})).agreement
        expect(contract).toMatchObject({ kind: "contract", status: "contract" })
        // Each delivery one party records counts once the other confirms it.
        const deliver = async (by: typeof buyer, to: typeof buyer, quantity: number, value: number) => {
          const recorded = (
            await ok(by.who, "POST", `/store/trade/me/agreements/${draft.id}/deliveries`, {
              delivered_on: vietnamDate(),
              quantity,
              value,
            })
          ).agreement
          const delivery = recorded.deliveries.find((d: { status: string }) => d.status === "pending")
          const path = `/store/trade/me/agreements/${draft.id}/deliveries/${delivery.id}/confirm`
          return (await ok(to.who, "POST", path, {})).agreement
        }
        const part = await deliver(seller, buyer, 40, 3_200_000)
        expect(part).toMatchObject({ status: "in_delivery", realised: 3_200_000 })
        const done = await deliver(buyer, seller, 60, 4_800_000)
        expect(done).toMatchObject({ status: "fulfilled", realised: 8_000_000, over_delivered: false })

        // Documents: a PDF is kept; a PNG renamed .pdf and an oversized file are refused, clearly.
        const form = (bytes: Buffer, name: string, type = "application/pdf") => {
          const data = new FormData()
          data.append("file", new Blob([new Uint8Array(bytes)], { type }), name)
          return data
        }
        const uploaded = await call(
          seller.who,
          "POST",
          `/store/trade/me/agreements/${draft.id}/documents`,
          form(PDF, "hop-dong.pdf"),
        )
        expect(uploaded.status).toBe(201)
        const [doc] = uploaded.body.agreement.documents
        expect(doc).toMatchObject({ filename: "hop-dong.pdf", size: PDF.length })
        const png = await call(
          seller.who,
          "POST",
          `/store/trade/me/agreements/${draft.id}/documents`,
          form(PNG, "anh.pdf"),
        )
        expect(png.status).toBe(415)
        expect(png.body.message).toMatch(/anh\.pdf is not a PDF/)
        const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)])
        const oversized = await call(
          seller.who,
          "POST",
          `/store/trade/me/agreements/${draft.id}/documents`,
          form(big, "lon.pdf"),
        )
        expect(oversized.status).toBe(413)
        expect(oversized.body.message).toMatch(/larger than 10 MB/)
        const none = await call(seller.who, "POST", `/store/trade/me/agreements/${draft.id}/documents`, new FormData())
        expect(none.status).toBe(400)

        const download = (who: Who, path: string) =>
          fetch(`${base()}${path}`, {
            headers: {
              "x-publishable-api-key": shop.publishableKey,
              ...(who.authorization ? { authorization: who.authorization } : {}),
            },
          })
        const mine = await download(buyer.who, `/store/trade/me/agreements/${draft.id}/documents/${doc.id}`)
        expect(mine.status).toBe(200)
        expect(mine.headers.get("cache-control")).toBe("private, no-store")
        expect(Buffer.from(await mine.arrayBuffer()).equals(PDF)).toBe(true)
        expect(
          (await download(stranger.who, `/store/trade/me/agreements/${draft.id}/documents/${doc.id}`)).status,
        ).toBe(404)
        expect((await download({}, `/store/trade/me/agreements/${draft.id}/documents/${doc.id}`)).status).toBe(401)
        const admin = await fetch(`${base()}/admin/trade/agreements/${draft.id}/documents/${doc.id}`, {
          headers: shop.admin.headers,
        })
        expect(admin.status).toBe(200)
        // The private file is not reachable under the public /static path.
        expect((await fetch(`${base()}/static/${doc.filename}`)).status).toBe(404)
      })

      it("refuses a product the seller does not make, and a final agreement stays final", async () => {
        const buyer = await business("sai-sp@example.vn", "3200999060", "distributor")
        const seller = await business("hoang-tuan-tung@example.vn", "3200999061", "producer", "hoang-tuan-tung")
        const notTheirs = await productId("dau-lac-nguyen-chat-super-green")
        const reply = await call(buyer.who, "POST", "/store/trade/me/agreements", {
          kind: "contract",
          counterpart_id: seller.id,
          lines: [{ product_id: notTheirs, quantity: 1, unit_price: 1 }],
          term_start: "2026-12-01",
          term_end: "2027-01-01",
        })
        expect(reply.status).toBe(400)
        expect(reply.body.message).toMatch(/lines\[0\]\.product_id is not a product of/)
        const { agreements } = await ok(official(), "GET", "/admin/trade/agreements?status=cancelled")
        expect(agreements).toHaveLength(1)
        const cancel = await call(official(), "POST", `/admin/trade/agreements/${agreements[0].id}/cancel`)
        expect(cancel.status).toBe(400)
        expect(cancel.body.message).toMatch(/cancelled and cannot be cancelled/)
      })

      it("finding 7: amounts are bounded, and a delivery counts once the other party or an official confirms it", async () => {
        const buyer = await business("gioi-han@example.vn", "3200999090", "distributor")
        const seller = await business("tuan-linh-gh@example.vn", "3200999091", "producer", "tuan-linh")
        const oil = await productId("nam-moc-nhi-tuan-linh")
        const propose = (lines: { quantity: number; unit_price: number }[]) =>
          call(buyer.who, "POST", "/store/trade/me/agreements", {
            kind: "contract",
            counterpart_id: seller.id,
            lines: lines.map((l) => ({ product_id: oil, ...l })),
            term_start: vietnamDate(),
            term_end: "2027-12-31",
          })
        const huge = await propose([{ quantity: 2_000_000_000, unit_price: 9_000_000 }])
        expect(huge.status).toBe(400)
        expect(huge.body.message).toMatch(/lines\[0\] quantity × unit_price must be a whole number of VND no larger/)
        const sum = await propose([
          { quantity: 6, unit_price: 1_000_000_000_000 },
          { quantity: 6, unit_price: 1_000_000_000_000 },
        ])
        expect(sum.status).toBe(400)
        expect(sum.body.message).toMatch(/the agreement's value must be/)

        const id = (await propose([{ quantity: 15, unit_price: 100_000 }])).body.agreement.id as string
        for (const party of [buyer, seller]) await ok(party.who, "POST", `/store/trade/me/agreements/${id}/sign`, {})
        const kpi = async () =>
          (await ok(official(), "GET", `/admin/trade/kpis?from=2026-01-01&to=${vietnamDate()}`)).figures.find(
            (f: { indicator: string }) => f.indicator === "REALISED_VALUE_VND",
          ).actual as number
        const realisedBefore = await kpi()
        const record = async (value: number) => {
          const { agreement } = await ok(seller.who, "POST", `/store/trade/me/agreements/${id}/deliveries`, {
            delivered_on: vietnamDate(),
            quantity: 10,
            value,
          })
          return { agreement, delivery: agreement.deliveries.at(-1) }
        }
        const confirm = (who: Who | "official", deliveryId: string, body: unknown = {}) =>
          who === "official"
            ? call(official(), "POST", `/admin/trade/agreements/${id}/deliveries/${deliveryId}/confirm`, body)
            : call(who, "POST", `/store/trade/me/agreements/${id}/deliveries/${deliveryId}/confirm`, body)

        // The seller alone records 5,000,000 ₫ on a 1,500,000 ₫ contract: it waits, and counts nowhere.
        const claimed = await record(5_000_000)
        expect(claimed.agreement).toMatchObject({ status: "contract", realised: 0, pending_value: 5_000_000 })
        expect(claimed.delivery).toMatchObject({ status: "pending", recorded_by: "seller", over_delivery: false })
        expect(await kpi()).toBe(realisedBefore)
        const own = await confirm(seller.who, claimed.delivery.id)
        expect(own.status).toBe(400)
        expect(own.body.message).toMatch(/the other party confirms it/)
        const disputed = await confirm(buyer.who, claimed.delivery.id, { answer: "dispute" })
        expect(disputed.status).toBe(200)
        expect(disputed.body.agreement).toMatchObject({ status: "contract", realised: 0, pending_value: 0 })
        expect((await confirm(buyer.who, claimed.delivery.id)).body.message).toMatch(/already disputed/)
        expect((await confirm(buyer.who, "tdl_nothing")).status).toBe(404)
        expect((await confirm(buyer.who, claimed.delivery.id, { answer: "maybe" })).status).toBe(400)

        // Confirmed by the buyer, then by an official: it counts, and a total above the value is flagged.
        const first = await record(1_000_000)
        const counted = await confirm(buyer.who, first.delivery.id)
        expect(counted.body.agreement).toMatchObject({ status: "in_delivery", realised: 1_000_000 })
        // The bound holds in the workflow, for any surface that skips the route's schema.
        await expect(
          recordDeliveryWorkflow(getContainer()).run({
            input: {
              business_id: seller.id,
              recorded_by: seller.id,
              id,
              delivery: { delivered_on: vietnamDate(), quantity: 2_000_000_000, value: 9e15 },
            },
          }),
        ).rejects.toThrow(/value must be a whole number of VND no larger/)
        const second = await record(1_000_000)
        const byOfficial = await confirm("official", second.delivery.id)
        expect(byOfficial.status).toBe(200)
        expect(byOfficial.body.agreement).toMatchObject({
          status: "fulfilled",
          realised: 2_000_000,
          over_delivered: true,
        })
        expect(
          byOfficial.body.agreement.deliveries.find((d: { id: string }) => d.id === second.delivery.id),
        ).toMatchObject({ status: "confirmed", over_delivery: true })
        expect((await confirm(buyer.who, second.delivery.id)).body.message).toMatch(/already confirmed/)
        expect(await kpi()).toBe(realisedBefore + 2_000_000)
        const { agreements } = await ok(official(), "GET", "/admin/trade/agreements?status=fulfilled")
        expect(agreements.find((a: { id: string }) => a.id === id)).toMatchObject({ over_delivered: true })
      })
    })

    describe("deliveries from marketplace orders", () => {
      /** A signed contract for the seller's chicken, and an order of two units the buyer placed in the shop. */
      const orderUnderContract = async (tag: string, taxCodes: [string, string]) => {
        const buyer = await business(`mua-qua-san-${tag}@example.vn`, taxCodes[0], "hotel_restaurant")
        const seller = await business(`ga-cua-${tag}@example.vn`, taxCodes[1], "producer", "ga-cua-tam-bac")
        const { products } = await ok({}, "GET", "/store/products?handle=ga-cua-tam-bac&fields=id,*variants")
        const [product] = products
        const contract = (
          await ok(buyer.who, "POST", "/store/trade/me/agreements", {
            kind: "contract",
            counterpart_id: seller.id,
            lines: [{ product_id: product.id, quantity: 50, unit_price: 200_000 }],
            term_start: vietnamDate(),
            term_end: "2027-12-31",
          })
        ).agreement
        for (const party of [buyer, seller])
          await ok(party.who, "POST", `/store/trade/me/agreements/${contract.id}/sign`, {})

        // The buyer's account orders two units through the shop, paying on delivery.
        const { cart } = await ok(buyer.who, "POST", "/store/carts", { region_id: shop.regionId })
        await ok(buyer.who, "POST", `/store/carts/${cart.id}/line-items`, {
          variant_id: product.variants[0].id,
          quantity: 2,
        })
        await ok(buyer.who, "POST", `/store/carts/${cart.id}`, {
          email: `mua-qua-san-${tag}@example.vn`,
          shipping_address: {
            first_name: "Bếp",
            last_name: "Nhà hàng",
            address_1: "Số 1, đường Lê Duẩn",
            city: "Phường Đông Hà",
            province: "Tỉnh Quảng Trị",
            country_code: "vn",
            phone: "+84912345678",
          },
        })
        const { shipping_options } = await ok(buyer.who, "GET", `/store/shipping-options?cart_id=${cart.id}`)
        const home = shipping_options.find((o: { name: string }) => /Giao hàng/.test(o.name))
        await ok(buyer.who, "POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: home.id })
        const { payment_collection } = await ok(buyer.who, "POST", "/store/payment-collections", { cart_id: cart.id })
        await ok(buyer.who, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
          provider_id: "pp_system_default",
        })
        await ok(buyer.who, "POST", `/store/ocop/carts/${cart.id}/consents`, { processing: true })
        const done = await ok(buyer.who, "POST", `/store/carts/${cart.id}/complete`)
        expect(done.type).toBe("order")
        const itemsTotal = done.order.items.reduce((sum: number, i: { total: number }) => sum + Number(i.total), 0)
        const path = `/store/trade/me/agreements/${contract.id}`
        return { buyer, seller, path, contractId: contract.id as string, order: done.order.id as string, itemsTotal }
      }

      it("counts the buyer's own order once, with its lines of the agreement's products", async () => {
        const { buyer, seller, path, order, itemsTotal } = await orderUnderContract("mot", ["3200999080", "3200999081"])
        // The order is the buyer's: only the buyer links it, and the seller confirms the delivery.
        const bySeller = await call(seller.who, "POST", `${path}/deliveries`, {
          delivered_on: vietnamDate(),
          order_id: order,
        })
        expect(bySeller.status).toBe(400)
        expect(bySeller.body.message).toMatch(/only the buyer records a delivery from its own marketplace order/)
        const recorded = (
          await ok(buyer.who, "POST", `${path}/deliveries`, { delivered_on: vietnamDate(), order_id: order })
        ).agreement
        expect(recorded.deliveries[0]).toMatchObject({
          order_id: order,
          quantity: 2,
          value: Math.round(itemsTotal),
          status: "pending",
          recorded_by: "buyer",
        })
        expect(recorded).toMatchObject({ status: "contract", realised: 0 })
        const confirmed = (await ok(seller.who, "POST", `${path}/deliveries/${recorded.deliveries[0].id}/confirm`, {}))
          .agreement
        expect(confirmed).toMatchObject({ status: "in_delivery", realised: Math.round(itemsTotal) })
        const twice = await call(buyer.who, "POST", `${path}/deliveries`, {
          delivered_on: vietnamDate(),
          order_id: order,
        })
        expect(twice.status).toBe(422)
        expect(twice.body.message).toMatch(/already recorded/)

        // An order someone else placed is not the buyer's: not found.
        const guest = await ok({}, "POST", "/store/carts", { region_id: shop.regionId })
        const other = await call(buyer.who, "POST", `${path}/deliveries`, {
          delivered_on: vietnamDate(),
          order_id: guest.cart.id,
        })
        expect(other.status).toBe(404)
        expect(other.body.message).toMatch(/placed by the buyer/)
      })

      it("finding 3: a counterparty sees a delivery's quantities and values, not the buyer's order", async () => {
        const { buyer, seller, path, contractId, order, itemsTotal } = await orderUnderContract("hai", [
          "3200999082",
          "3200999083",
        ])
        const recorded = (
          await ok(buyer.who, "POST", `${path}/deliveries`, { delivered_on: vietnamDate(), order_id: order })
        ).agreement
        const facts = { quantity: 2, value: Math.round(itemsTotal) }
        const sellerView = (await ok(seller.who, "GET", path)).agreement
        expect(sellerView.deliveries[0]).toMatchObject({ ...facts, order_id: null })
        const sellerList = (await ok(seller.who, "GET", "/store/trade/me/agreements")).agreements
        expect(sellerList.find((a: { id: string }) => a.id === contractId).deliveries[0]).toMatchObject({
          ...facts,
          order_id: null,
        })
        const afterConfirm = (
          await ok(seller.who, "POST", `${path}/deliveries/${recorded.deliveries[0].id}/confirm`, {})
        ).agreement
        expect(afterConfirm.deliveries[0]).toMatchObject({ ...facts, order_id: null, status: "confirmed" })
        expect(JSON.stringify(afterConfirm)).not.toContain(order)
        // The buyer, whose order it is, and officials see it.
        expect((await ok(buyer.who, "GET", path)).agreement.deliveries[0]).toMatchObject({ ...facts, order_id: order })
        expect(
          (await ok(official(), "GET", `/admin/trade/agreements/${contractId}`)).agreement.deliveries[0],
        ).toMatchObject({ ...facts, order_id: order })
      })
    })

    describe("expiry", () => {
      it("expires signed agreements whose term has ended, and leaves drafts and final ones", async () => {
        const before = (await ok(official(), "GET", "/admin/trade/agreements")).agreements as {
          id: string
          status: string
          term_end: string
        }[]
        const day = "2027-03-21" // the demo contract's term ended the day before
        await expireAgreementsWorkflow(getContainer()).run({ input: { today: day } })
        const after = new Map(
          ((await ok(official(), "GET", "/admin/trade/agreements")).agreements as { id: string; status: string }[]).map(
            (a) => [a.id, a.status],
          ),
        )
        for (const a of before) {
          const due = ["signed_mou", "contract", "in_delivery"].includes(a.status) && a.term_end < day
          expect(after.get(a.id)).toBe(due ? "expired" : a.status)
        }
        expect(before.some((a) => a.status === "in_delivery" && a.term_end < day)).toBe(true)
        expect(before.some((a) => a.status === "signed_mou" && a.term_end >= day)).toBe(true)
      })
    })
  },
})
