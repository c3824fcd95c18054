import { Modules } from "@medusajs/framework/utils"
import { monthOf, vietnamDate } from "@ocop/core"
import { integrationTestRunner } from "../helpers/runner"
import { seedDemoShop } from "../helpers/demo"
import { placeOrder } from "../helpers/orders"
import { portalClient } from "../helpers/portal"
import { keyOf, PUBLIC_PARAMS, ruleOf } from "../helpers/authorization-rules"
import { sweepRoutes, type SweepRoute } from "../helpers/sweep-routes"
import { cameraJpeg, photoForm } from "../helpers/producer-stall"
import { requestReturnWorkflow } from "../../src/workflows/returns/request-return"
import { orderPayment } from "../helpers/payments"

const CONFERENCE = "ket-noi-cung-cau-ocop"
// The bank's notifications are checked as configured in production: signed with a secret.
process.env.VIETQR_WEBHOOK_SECRET = "authorization-sweep-bank-secret"
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")

/** A record route as its owner calls it: which party, and a body that succeeds. */
type Owned = { party: "buyer" | "seller"; body?: () => unknown; last?: boolean }

/**
 * The authorization sweep. Every custom route of the backend and the plugins is found from the tree
 * and must fall under a rule (helpers/authorization-rules.ts); every route of the business portal
 * that names a record must have an ownership case below. A new route without either fails here, so
 * the matrix grows with the API by construction.
 */
integrationTestRunner({
  inApp: true,
  sharedDemoShop: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    let routes: SweepRoute[]
    const { official, call, ok, customer, business } = portalClient(api, getContainer, () => shop)
    const fill = (path: string, value: string) => path.replace(/\[\w+\]/g, value)

    beforeAll(async () => {
      shop = await seedDemoShop(getContainer(), api)
      routes = await sweepRoutes()
    })

    it("gives every route a rule: officials only, the portal's own business, a producer's members, signed, or public", async () => {
      const unruled = routes.filter((r) => !ruleOf(r)).map((r) => r.path)
      expect(unruled, "routes with no authorization rule (helpers/authorization-rules.ts)").toEqual([])

      const shopper = await customer("khach-quet@example.vn")
      const failures: string[] = []
      let cases = 0
      const check = (what: string, status: number, allowed: (status: number) => boolean) => {
        cases++
        if (!allowed(status)) failures.push(`${what} → ${status}`)
      }
      const refused = (status: number) => status === 401
      const unsigned = (status: number) => status === 401
      for (const route of routes) {
        const path = fill(route.path, "nope_01")
        for (const method of route.methods) {
          const body = method === "GET" ? undefined : {}
          const rule = ruleOf(route)
          if (rule === "official") {
            check(`anonymous ${method} ${route.path}`, (await call({}, method, path, body)).status, refused)
            check(`customer ${method} ${route.path}`, (await call(shopper, method, path, body)).status, refused)
            // Reads only: an official's write would act (a registry sync, an import).
            if (method === "GET") {
              const status = (await call(official(), method, path)).status
              check(`official ${method} ${route.path}`, status, (s) => s !== 401 && s !== 403)
            }
          } else if (rule === "portal" || rule === "producer" || rule === "customer") {
            check(`anonymous ${method} ${route.path}`, (await call({}, method, path, body)).status, refused)
            check(`official ${method} ${route.path}`, (await call(official(), method, path, body)).status, refused)
            // A shopper who acts for no producer is known, and forbidden.
            if (rule === "producer")
              check(
                `customer ${method} ${route.path}`,
                (await call(shopper, method, path, body)).status,
                (s) => s === 403,
              )
          } else if (rule === "order") {
            // As Medusa's own order route behind the order-access guard: an order not the caller's is unknown.
            const unknown = (s: number) => s === 404
            check(`anonymous ${method} ${route.path}`, (await call({}, method, path, body)).status, unknown)
            check(`customer ${method} ${route.path}`, (await call(shopper, method, path, body)).status, unknown)
          } else if (rule === "signed") {
            check(`unsigned ${method} ${route.path}`, (await call({}, method, path, body)).status, unsigned)
          }
        }
      }
      const count = (rule: string) => routes.filter((r) => ruleOf(r) === rule).length
      console.log(
        `authorization sweep: ${routes.length} routes (${count("official")} official, ${count("portal")} portal, ` +
          `${count("producer")} producer, ${count("customer")} customer, ${count("order")} order, ` +
          `${count("signed")} signed, ${count("public")} public), ${cases} cases`,
      )
      expect(failures).toEqual([])
    })

    it("refuses another business a record with 404 on every portal route that names one, and lets its owner in", async () => {
      const buyer = await business("so-huu-mua@example.vn", "3200550001", "distributor")
      const seller = await business("so-huu-ban@example.vn", "3200550002", "producer", "pun-coffee")
      const stranger = await business("so-huu-la@example.vn", "3200550003", "distributor")
      const coffee = (await ok({}, "GET", "/store/products?handle=ca-phe-bot-nang&fields=id")).products[0].id
      const event = (await ok({}, "GET", `/store/trade/events/${CONFERENCE}`)).event
      const parties = { buyer, seller }
      const agreementOf = async () =>
        (
          await ok(buyer.who, "POST", "/store/trade/me/agreements", {
            kind: "contract",
            counterpart_id: seller.id,
            lines: [{ product_id: coffee, quantity: 10, unit_price: 110_000 }],
            term_start: vietnamDate(),
            term_end: "2027-12-31",
          })
        ).agreement
      const need = (
        await ok(buyer.who, "POST", "/store/trade/me/needs", {
          title: "Cà phê",
          keywords: ["cà phê"],
          quantity: 10,
          deadline: "2027-06-30",
        })
      ).need
      const offer = (
        await ok(seller.who, "POST", "/store/trade/me/offers", {
          product_id: coffee,
          monthly_capacity: 100,
          price_min: 100_000,
          price_max: 120_000,
        })
      ).offer
      const meeting = (
        await ok(buyer.who, "POST", "/store/trade/me/meetings", {
          event_id: event.id,
          counterpart_id: seller.id,
          slot_start: `${event.starts_on}T10:00:00+07:00`,
        })
      ).meeting
      const draft = await agreementOf()
      const contract = await agreementOf()
      for (const party of [buyer, seller])
        await ok(party.who, "POST", `/store/trade/me/agreements/${contract.id}/sign`, {})
      const delivery = (
        await ok(seller.who, "POST", `/store/trade/me/agreements/${contract.id}/deliveries`, {
          delivered_on: vietnamDate(),
          quantity: 2,
          value: 220_000,
        })
      ).agreement.deliveries[0]
      const pdf = () => {
        const form = new FormData()
        form.append("file", new Blob([new Uint8Array(PDF)], { type: "application/pdf" }), "hop-dong.pdf")
        return form
      }
      const document = (await ok(buyer.who, "POST", `/store/trade/me/agreements/${contract.id}/documents`, pdf()))
        .agreement.documents[0]

      /** Each record route's ids, by the folder its parameter follows. */
      const ids = (path: string) =>
        path
          .replace("needs/[id]", `needs/${need.id}`)
          .replace("offers/[id]", `offers/${offer.id}`)
          .replace("meetings/[id]", `meetings/${meeting.id}`)
          .replace(/agreements\/\[id\](?=\/(sign|cancel)|$)/, `agreements/${draft.id}`)
          .replace("agreements/[id]", `agreements/${contract.id}`)
          .replace("[delivery_id]", delivery.id)
          .replace("[document_id]", document.id)
      const cases: Record<string, Owned> = {
        "GET /store/trade/me/needs/[id]": { party: "buyer" },
        "POST /store/trade/me/needs/[id]": {
          party: "buyer",
          body: () => ({ title: "Cà phê rang", keywords: ["cà phê"], quantity: 5, deadline: "2027-06-30" }),
        },
        "GET /store/trade/me/offers/[id]": { party: "seller" },
        "POST /store/trade/me/offers/[id]": {
          party: "seller",
          body: () => ({ product_id: coffee, monthly_capacity: 50, price_min: 100_000, price_max: 130_000 }),
        },
        "GET /store/trade/me/meetings/[id]": { party: "buyer" },
        "POST /store/trade/me/meetings/[id]/notes": { party: "buyer", body: () => ({ notes: "Hẹn gặp lại" }) },
        "POST /store/trade/me/meetings/[id]/answer": {
          party: "seller",
          body: () => ({ answer: "decline" }),
          last: true,
        },
        "GET /store/trade/me/agreements/[id]": { party: "buyer" },
        "POST /store/trade/me/agreements/[id]/sign": { party: "buyer", body: () => ({}) },
        "POST /store/trade/me/agreements/[id]/cancel": { party: "seller", last: true },
        "POST /store/trade/me/agreements/[id]/deliveries": {
          party: "seller",
          body: () => ({ delivered_on: vietnamDate(), quantity: 1, value: 110_000 }),
        },
        "POST /store/trade/me/agreements/[id]/deliveries/[delivery_id]/confirm": { party: "buyer", body: () => ({}) },
        "POST /store/trade/me/agreements/[id]/documents": { party: "buyer", body: pdf },
        "GET /store/trade/me/agreements/[id]/documents/[document_id]": { party: "buyer" },
      }

      const named = routes.filter((r) => ruleOf(r) === "portal" && r.params.length > 0)
      const keys = named.flatMap((r) => r.methods.map((m) => keyOf(m, r)))
      const untested = keys.filter((k) => !cases[k] && !PUBLIC_PARAMS[k])
      expect(untested, "portal routes naming a record with no ownership case here").toEqual([])
      expect(
        Object.keys(cases).filter((k) => !keys.includes(k)),
        "cases for routes that no longer exist",
      ).toEqual([])

      const seen: string[] = []
      const ordered = Object.entries(cases).sort(([, a], [, b]) => Number(!!a.last) - Number(!!b.last))
      for (const [key, { party, body }] of ordered) {
        const [method, template] = key.split(" ")
        const path = ids(template)
        const stranger404 = (await call(stranger.who, method, path, body?.())).status
        // The stranger's 404 is not a validation error in disguise: the owner gets through.
        const mine = (await call(parties[party].who, method, path, body?.())).status
        seen.push(`${key}: stranger ${stranger404}, owner ${mine}`)
        expect({ key, stranger: stranger404 }).toEqual({ key, stranger: 404 })
        expect({ key, owner: mine < 300 }).toEqual({ key, owner: true })
      }
      console.log(`ownership sweep: ${seen.length} record routes\n  ${seen.join("\n  ")}`)

      // Lists show one's own records only.
      for (const list of ["needs", "offers", "meetings", "agreements"]) {
        expect({ list, seen: (await ok(stranger.who, "GET", `/store/trade/me/${list}`))[list] }).toEqual({
          list,
          seen: [],
        })
      }
    })

    it("refuses another producer's owner a member, invitation or product with 404 on every producer route that names one", async () => {
      const invites = "/store/producer/invites"
      const producerOwner = async (n: string, subject: string) =>
        (await business(`nsx-${n}@example.vn`, `32005600${n}`, "producer", subject)).who
      const owner = await producerOwner("01", "htx-vinh-hoa")
      const stranger = await producerOwner("02", "htx-vinh-chap")
      const staff = await customer("nsx-nhan-vien@example.vn")
      await ok(owner, "POST", invites, { email: "nsx-nhan-vien@example.vn" })
      const [mail] = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ to: "nsx-nhan-vien@example.vn", template: "producer-invite" })
      const token = new URL(String(mail.data?.accept_url)).searchParams.get("token")
      await ok(staff, "POST", "/store/producer-invites/accept", { token, accept_operating_rules: true })
      const pending = (await ok(owner, "POST", invites, { email: "nsx-cho@example.vn" })).invite
      const member = (await ok(owner, "GET", "/store/producer")).workspace.members.find(
        (m: { role: string }) => m.role === "staff",
      )
      const [product] = (await ok(owner, "GET", "/store/producer/products")).products
      const products = `/store/producer/products/${product.id}`
      const jpeg = await cameraJpeg()
      // Two orders of the owner's product: one walked through its actions in order, one to cancel a line of.
      const { products: bought } = await ok({}, "GET", `/store/products?id=${product.id}&fields=variants.id`)
      const buyer = await customer("nsx-khach-mua@example.vn")
      const partOfNewOrder = async (who = {}) => {
        const { order } = await placeOrder({ ok }, getContainer, {
          regionId: shop.regionId,
          lines: [[bought[0].variants[0].id, 1]],
          who,
        })
        const { orders } = await ok(owner, "GET", "/store/producer/orders")
        return orders.find((o: { order_id: string }) => o.order_id === order.id)
      }
      const [part, other, settled] = [await partOfNewOrder(), await partOfNewOrder(), await partOfNewOrder(buyer)]
      const orders = "/store/producer/orders"
      // A delivered part makes the month's statement, which its routes name.
      await ok(owner, "POST", `${orders}/${settled.id}/ship`, { carrier: "ghtk", tracking_number: "GHTK-42" })
      await ok(owner, "POST", `${orders}/${settled.id}/deliver`, {})
      await ok(official(), "POST", "/admin/producers/settlements", { month: monthOf(new Date()) })
      const [statement] = (await ok(owner, "GET", "/store/producer/statements")).statements
      // The delivered line bought by a shopper is reviewed, and the review approved: its producer replies.
      const [line] = (await ok(buyer, "GET", "/store/ocop/me/reviews")).reviewable
      const { review } = await ok(buyer, "POST", "/store/ocop/me/reviews", {
        item_id: line.item_id,
        rating: 5,
        text: "Hàng đúng như mô tả, giao nhanh.",
      })
      await ok(official(), "POST", `/admin/reviews/${review.id}/approve`, {})
      const statements = `/store/producer/statements/${statement.id}`
      // A delivered order of two units, and two returns of one unit each: one refused, one taken in.
      const { order: kept } = await placeOrder({ ok }, getContainer, {
        regionId: shop.regionId,
        lines: [[bought[0].variants[0].id, 2]],
      })
      const keptPart = (await ok(owner, "GET", "/store/producer/orders")).orders.find(
        (o: { order_id: string }) => o.order_id === kept.id,
      )
      await ok(owner, "POST", `${orders}/${keptPart.id}/ship`, { carrier: "ghn", tracking_number: "GHN-4242" })
      await ok(owner, "POST", `${orders}/${keptPart.id}/deliver`, {})
      // The carrier's cash recorded: a return is accepted only on a captured payment (docs/returns.md).
      await ok(official(), "POST", `/admin/payments/${(await orderPayment(getContainer(), kept.id)).id}/capture`, {})
      const askReturn = async (photos: string[] = []) =>
        (
          await requestReturnWorkflow(getContainer()).run({
            input: {
              order_id: kept.id,
              part_id: keptPart.id,
              customer_id: null,
              items: [{ line_id: keptPart.lines[0].id, quantity: 1 }],
              reason: "damaged",
              note: null,
              refund_account: { bank_bin: "970436", account_number: "0123456789", account_holder: "KHACH MAU" },
              photos,
            },
          })
        ).result.id
      // The first with a photo (a kept file's bytes, whatever they are): its owner reads it, a stranger 404.
      const [refused, taken] = [await askReturn([PDF.toString("base64")]), await askReturn()]
      const returns = "/store/producer/returns"
      /** Each route's path, and a body its owner's call succeeds with. */
      const cases: Record<string, [string, (() => unknown)?]> = {
        "DELETE /store/producer/invites/[id]": [`${invites}/${pending.id}`],
        "POST /store/producer/products/[id]": [products],
        "POST /store/producer/products/[id]/photos": [
          `${products}/photos`,
          () => photoForm({ bytes: jpeg, type: "image/jpeg" }),
        ],
        "POST /store/producer/products/[id]/gallery": [
          `${products}/gallery`,
          () => ({ photos: product.photos.map((p: { id: string }) => p.id) }),
        ],
        "DELETE /store/producer/members/[id]": [`/store/producer/members/${member.id}`],
        // In the order they run: each succeeds for the owner after the stranger's 404.
        "GET /store/producer/orders/[id]": [`${orders}/${part.id}`],
        "POST /store/producer/orders/[id]/confirm": [`${orders}/${part.id}/confirm`, () => ({})],
        "POST /store/producer/orders/[id]/ship": [
          `${orders}/${part.id}/ship`,
          () => ({ carrier: "vnpost", tracking_number: "EB123456789VN" }),
        ],
        "POST /store/producer/orders/[id]/deliver": [`${orders}/${part.id}/deliver`, () => ({})],
        "POST /store/producer/orders/[id]/lines/[line_id]/cancel": [
          `${orders}/${other.id}/lines/${other.lines[0].id}/cancel`,
          () => ({ reason: "Hết hàng" }),
        ],
        "POST /store/producer/reviews/[id]/reply": [
          `/store/producer/reviews/${review.id}/reply`,
          () => ({ text: "Cảm ơn quý khách đã tin dùng." }),
        ],
        "GET /store/producer/statements/[id]": [statements],
        "GET /store/producer/statements/[id]/csv": [statements + "/csv"],
        "GET /store/producer/statements/[id]/pdf": [statements + "/pdf"],
        "GET /store/producer/returns/[id]": [`${returns}/${refused}`],
        "GET /store/producer/returns/[id]/photos/[n]": [`${returns}/${refused}/photos/0`],
        "POST /store/producer/returns/[id]/refuse": [
          `${returns}/${refused}/refuse`,
          () => ({ reason: "Hàng còn nguyên" }),
        ],
        "POST /store/producer/returns/[id]/accept": [`${returns}/${taken}/accept`, () => ({})],
        "POST /store/producer/returns/[id]/receive": [`${returns}/${taken}/receive`, () => ({})],
      }
      const named = routes.filter((r) => ruleOf(r) === "producer" && r.params.length > 0)
      const keys = named.flatMap((r) => r.methods.map((m) => keyOf(m, r)))
      expect(
        keys.filter((k) => !cases[k]),
        "producer routes naming a record with no ownership case here",
      ).toEqual([])
      for (const [key, [path, body]] of Object.entries(cases)) {
        const [method] = key.split(" ")
        const strangers = (await call(stranger, method, path, body?.())).status
        const owners = (await call(owner, method, path, body?.())).status
        expect({ key, strangers, owners: owners < 300 }).toEqual({ key, strangers: 404, owners: true })
      }
    })
  },
})
