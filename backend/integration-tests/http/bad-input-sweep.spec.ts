import { integrationTestRunner } from "../helpers/runner"
import { seedDemoShop } from "../helpers/demo"
import { portalClient, type Reply, type Who } from "../helpers/portal"
import { sweepRoutes, type SweepRoute } from "../helpers/sweep-routes"

type Case = { method: string; path: string; who: Who; body?: string; type?: string; label: string }

const INT4_OVER = 2_147_483_648
const OVERSIZED = "oversized body"
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
/** Values of the wrong kind for any field: types, NUL, huge numbers and strings, arrays, objects. */
const MALFORMED: unknown[] = [
  "a\u0000b",
  INT4_OVER,
  1e300,
  -1,
  1.5,
  "x".repeat(100_000),
  ["a", "b"],
  { $ne: null },
  null,
  true,
  "",
]

integrationTestRunner({
  inApp: true,
  sharedDemoShop: true,
  // The bank webhook checks its signature only once a secret is set; unset, it answers 503.
  env: { VIETQR_WEBHOOK_SECRET: "bad-input-sweep" },
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    let business: Who
    let producerOwner: Who
    const base = () => api.defaults.baseURL as string
    // The resolver's routes redirect to the storefront, which is not running here: answers are taken as sent.
    const {
      official,
      send,
      call,
      ok,
      business: verifiedBusiness,
    } = portalClient(api, getContainer, () => shop, {
      redirect: "manual",
    })

    beforeAll(async () => {
      shop = await seedDemoShop(getContainer(), api)
      business = (await verifiedBusiness("quet-loi@example.vn", "3200888001", "distributor")).who
      producerOwner = (await verifiedBusiness("quet-loi-nsx@example.vn", "3200888002", "producer", "htx-tan-hop")).who
    })

    /** A buyer and a producer (Tuấn Linh) with a draft MoU between them, and the conference. */
    async function parties(tag: string) {
      const buyer = await verifiedBusiness(`mua-${tag}@example.vn`, `3200881${tag}0`, "distributor")
      const seller = await verifiedBusiness(`ban-${tag}@example.vn`, `3200881${tag}1`, "producer", "tuan-linh")
      const product = (await ok({}, "GET", "/store/products?handle=nam-moc-nhi-tuan-linh&fields=id")).products[0].id
      const event = (await ok({}, "GET", "/store/trade/events/ket-noi-cung-cau-ocop")).event
      const draft = {
        kind: "mou",
        counterpart_id: seller.id,
        lines: [{ product_id: product, quantity: 10, unit_price: 80_000 }],
        term_start: "2026-12-01",
        term_end: "2027-12-31",
      }
      return { buyer, seller, product, event, draft }
    }
    const refused = (reply: Reply, status: number, message: RegExp) => {
      expect({ status: reply.status, message: reply.body.message }).toEqual({
        status,
        message: expect.stringMatching(message),
      })
    }

    it("finding 9: NUL, bad percent-encoding and integers beyond the columns are 400 with a message", async () => {
      const { buyer, seller, product, draft } = await parties("09")
      // The storefront's own search request (storefront/src/lib/data/search.ts), with a bad q.
      const search = (q: unknown) =>
        call({}, "POST", "/store/search", { entity: "product", filters: { q }, pagination: { take: 5, skip: 0 } })
      refused(await search("a\u0000b"), 400, /NUL/)
      const notText = await search({ $ilike: 5 })
      expect(notText.status).toBeLessThan(500)
      expect(notText.body.message).toEqual(expect.any(String))
      refused(await call({}, "GET", "/store/products/%ff"), 400, /percent-encoding/)
      refused(await call({}, "GET", "/01/08930000001054/10/%ff%fe"), 400, /percent-encoding/)
      refused(await call({}, "GET", "/store/products?q=%00"), 400, /NUL/)
      refused(await call(buyer.who, "POST", "/store/customers/me", { first_name: "a\u0000b" }), 400, /first_name/)
      const need = { title: "Nước mắm", quantity: 100, deadline: "2027-06-30" }
      refused(await call(buyer.who, "POST", "/store/trade/me/needs", { ...need, title: "a\u0000b" }), 400, /title/)
      refused(await call(buyer.who, "POST", "/store/trade/me/needs", { ...need, quantity: INT4_OVER }), 400, /quantity/)
      refused(
        await call(buyer.who, "POST", "/store/trade/me/needs", { ...need, price_ceiling: INT4_OVER }),
        400,
        /price_ceiling/,
      )
      const offer = { product_id: product, monthly_capacity: 10, price_min: 1000, price_max: 2000 }
      refused(
        await call(seller.who, "POST", "/store/trade/me/offers", { ...offer, price_max: INT4_OVER }),
        400,
        /price_max/,
      )
      const line = { ...draft.lines[0], quantity: INT4_OVER }
      refused(await call(buyer.who, "POST", "/store/trade/me/agreements", { ...draft, lines: [line] }), 400, /quantity/)
    })

    it("finding 10: an uploaded name keeps its Vietnamese letters and always ends in .pdf", async () => {
      const { buyer, draft } = await parties("10")
      const agreement = (await ok(buyer.who, "POST", "/store/trade/me/agreements", draft)).agreement
      const upload = async (name: string) => {
        const form = new FormData()
        form.append("file", new Blob([new Uint8Array(PDF)], { type: "application/pdf" }), name)
        const res = await fetch(`${base()}/store/trade/me/agreements/${agreement.id}/documents`, {
          method: "POST",
          headers: { "x-publishable-api-key": shop.publishableKey, authorization: buyer.who.authorization! },
          body: form,
        })
        expect(res.status).toBe(201)
        const { agreement: after } = await res.json()
        return after.documents.at(-1) as { id: string; filename: string }
      }
      expect((await upload("contract.pdf.exe")).filename).toBe("contract.pdf")
      const vietnamese = await upload("Hợp đồng mua bán.pdf")
      expect(vietnamese.filename).toBe("Hợp đồng mua bán.pdf")
      const download = await fetch(`${base()}/store/trade/me/agreements/${agreement.id}/documents/${vietnamese.id}`, {
        headers: { "x-publishable-api-key": shop.publishableKey, authorization: buyer.who.authorization! },
      })
      expect(download.headers.get("content-disposition")).toContain(
        `filename*=UTF-8''${encodeURIComponent("Hợp đồng mua bán.pdf")}`,
      )
    })

    it("finding 11: a meeting or agreement naming an unknown offer, need or fair is refused by name", async () => {
      const { buyer, seller, event, draft } = await parties("11")
      const meeting = {
        event_id: event.id,
        counterpart_id: seller.id,
        slot_start: new Date(`${event.starts_on}T08:00:00+07:00`).toISOString(),
      }
      refused(
        await call(buyer.who, "POST", "/store/trade/me/meetings", { ...meeting, offer_id: "offer_nope" }),
        404,
        /offer_nope/,
      )
      refused(
        await call(buyer.who, "POST", "/store/trade/me/meetings", { ...meeting, need_id: "need_nope" }),
        404,
        /need_nope/,
      )
      const script = "<script>alert(1)</script>"
      refused(
        await call(buyer.who, "POST", "/store/trade/me/agreements", { ...draft, event_id: script }),
        404,
        /trade event/,
      )
      // The same requests with real references are taken.
      expect((await call(buyer.who, "POST", "/store/trade/me/meetings", meeting)).status).toBe(201)
      expect(
        (await call(buyer.who, "POST", "/store/trade/me/agreements", { ...draft, event_id: event.id })).status,
      ).toBe(201)
    })

    /**
     * Who may reach a route's handler: an official for /admin, a verified business for the portal,
     * for accepting invitations and for a shopper's reviews, a producer's owner for its workspace.
     */
    const callerOf = (route: SweepRoute): Who =>
      route.path.startsWith("/admin")
        ? official()
        : route.path.startsWith("/store/producer/") || route.path === "/store/producer"
          ? producerOwner
          : route.path.startsWith("/store/trade/me") ||
              route.path.startsWith("/store/producer-invites") ||
              route.path.startsWith("/store/ocop/me/") ||
              route.path.startsWith("/store/ocop/consents/me")
            ? business
            : {}

    function casesOf(route: SweepRoute): Case[] {
      const who = callerOf(route)
      const at = (value: (param: string) => string) =>
        route.path.replace(/\[(\w+)\]/g, (_m, param: string) => value(param))
      const plain = at((param) => (param === "gtin" ? "08930000001054" : `sweep_${param}`))
      const cases: Case[] = []
      for (const method of route.methods) {
        const add = (url: string, label: string, body?: string, type?: string) =>
          cases.push({ method, path: url, who, body, type, label })
        for (const bad of ["%ff%fe", "%00", "x".repeat(3000), "%E2%80"])
          if (route.params.length)
            add(
              at(() => bad),
              `param ${bad.slice(0, 8)}`,
            )
        if (method === "GET") {
          add(`${plain}?q=%00`, "NUL in query")
          add(`${plain}?q=%ff%fe`, "bad encoding in query")
          add(`${plain}?limit=99999999999999999999&offset=-1&q=${"x".repeat(5000)}`, "huge query")
          add(`${plain}?type[]=a&type[]=b&counterpart_id[$ne]=x&unknown_field=1`, "arrays and operators")
          continue
        }
        const json = (body: unknown, label: string) => add(plain, label, JSON.stringify(body))
        add(plain, "no body")
        add(plain, "broken JSON", '{"a":')
        // Over every JSON limit (16 KB to 512 KB), but the registry import's 21 MB of CSV, which gives a 400.
        add(plain, OVERSIZED, JSON.stringify({ note: "x".repeat(2 * 1024 * 1024) }))
        add(plain, "form-encoded", "status=verified&a=%00", "application/x-www-form-urlencoded")
        add(plain, "text body", "\u0000", "text/plain")
        json(null, "null body")
        json([1, 2], "array body")
        json("text", "string body")
        json({ unknown_field: 1 }, "unknown field")
        for (const field of route.fields.length ? route.fields : ["id", "q", "quantity", "note"])
          for (const value of MALFORMED) json({ [field]: value }, `${field}=${JSON.stringify(value).slice(0, 12)}`)
        json(Object.fromEntries(route.fields.map((f) => [f, "a\u0000b"])), "NUL in every field")
        json(Object.fromEntries(route.fields.map((f) => [f, INT4_OVER])), "2^31 in every field")
      }
      return cases
    }

    /**
     * One case. The server answers an oversized body (413) before reading it and closes the
     * connection; a client still writing the rest may see the reset before the answer, more often on
     * a busy machine. That case is sent again, twice at most, to read the answer it must have.
     */
    async function sendCase(c: Case, tries = 3): Promise<Reply> {
      try {
        return await send(c.who, c.method, c.path, c.body, c.type)
      } catch (e) {
        if (c.label !== OVERSIZED || tries <= 1) throw e
        return sendCase(c, tries - 1)
      }
    }

    /** Runs the cases a few at a time, so the sweep stays quick on two cores. */
    async function runAll(cases: Case[], width = 6) {
      const replies: { c: Case; reply: Reply }[] = []
      let next = 0
      await Promise.all(
        Array.from({ length: width }, async () => {
          while (next < cases.length) {
            const c = cases[next++]
            replies.push({ c, reply: await sendCase(c) })
          }
        }),
      )
      return replies
    }

    it("answers every malformed request to every custom route with a 4xx and a message, never a 5xx", async () => {
      const routes = await sweepRoutes()
      expect(routes.length).toBeGreaterThan(40)
      const cases = routes.flatMap(casesOf)
      const replies = await runAll(cases)
      const failures = replies
        // The resolver's pages answer people: their message is the HTML page itself.
        .filter(({ reply }) => reply.status >= 500 || (reply.status >= 400 && !(reply.body.message || reply.body.text)))
        .map(
          ({ c, reply }) =>
            `${c.method} ${c.path.slice(0, 80)} [${c.label}] → ${reply.status} ${JSON.stringify(reply.body).slice(0, 160)}`,
        )
      console.log(`bad-input sweep: ${routes.length} routes, ${cases.length} cases`)
      expect(failures).toEqual([])
    }, 120_000)
  },
})
