import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listingDecision } from "@ocop/core"
import { demoRegistry, seedDemoShop } from "../../helpers/demo"
import { portalClient, type Who } from "../../helpers/portal"
import { TEST_ADDRESS } from "../../../../test/support/store-client"
import type { SuiteContext } from "../../helpers/runner"

/** The shopper's personal data, each value distinctive, so a table holding any of it is found. */
const PERSON = {
  email: "xoa-du-lieu@example.vn",
  first_name: "Xoá",
  last_name: "Dữ Liệu Thử",
  phone: "+84987650001",
}
const ADDRESS = {
  first_name: PERSON.first_name,
  last_name: PERSON.last_name,
  address_1: "Ngõ 7 phố Thử Xoá",
  city: "Phường Đông Hà",
  province: "Tỉnh Quảng Trị",
  postal_code: "48101",
  country_code: "vn",
  phone: PERSON.phone,
}
const NEEDLES = [PERSON.email, PERSON.last_name, PERSON.phone, ADDRESS.address_1]
const PASSWORD = "portal-pass-1"

/** data-rights: a suite of accounts.spec.ts, on the shared demo shop that file boots. */
export function dataRightsSuite({ api, getContainer }: SuiteContext) {
  let shop: Awaited<ReturnType<typeof seedDemoShop>>
  let variantId: string
  const { call, ok, customer, official } = portalClient(api, getContainer, () => shop)
  const pg = () => getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

  beforeAll(async () => {
    shop = await seedDemoShop(getContainer(), api)
    const { data } = demoRegistry()
    const listed = (p: (typeof data.products)[number]) => listingDecision([p.certificate], data.frameworks).listed
    const product = data.products.find((p) => p.kind === "goods" && listed(p))!
    const { products } = await ok({}, "GET", `/store/products?handle=${product.handle}&fields=variants.id`)
    variantId = products[0].variants[0].id
  })

  /** One unit with cash on delivery, to `address`, by a signed-in customer or (with `{}`) a guest. */
  async function placeOrder(who: Who, email: string, address: typeof ADDRESS | typeof TEST_ADDRESS = ADDRESS) {
    const { cart } = await ok(who, "POST", "/store/carts", { region_id: shop.regionId, email })
    await ok(who, "POST", `/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 })
    await ok(who, "POST", `/store/carts/${cart.id}`, { shipping_address: address, billing_address: address })
    const { shipping_options } = await ok(who, "GET", `/store/shipping-options?cart_id=${cart.id}`)
    const home = shipping_options.find((o: { name: string }) => /Giao hàng/.test(o.name))
    await ok(who, "POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: home.id })
    const { payment_collection } = await ok(who, "POST", "/store/payment-collections", { cart_id: cart.id })
    await ok(who, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      provider_id: "pp_system_default",
    })
    await ok(who, "POST", `/store/ocop/carts/${cart.id}/consents`, { processing: true })
    const done = await ok(who, "POST", `/store/carts/${cart.id}/complete`)
    expect(done.type).toBe("order")
    return done.order as { id: string; display_id: number; total: number }
  }

  /** Every table of the database with a row holding any of the person's values, and how many rows. */
  async function tablesHoldingThePerson() {
    const tables = await pg().raw<{ rows: { table_name: string }[] }>(
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    )
    const found: Record<string, number> = {}
    const patterns = NEEDLES.map((n) => `%${n}%`)
    for (const { table_name } of tables.rows) {
      const { rows } = await pg().raw<{ rows: { n: number }[] }>(
        `select count(*)::int as n from "${table_name}" t where row_to_json(t)::text ilike any (?)`,
        [patterns],
      )
      if (rows[0].n) found[table_name] = rows[0].n
    }
    return found
  }

  async function signIn(email: string, password: string) {
    const res = await fetch(`${api.defaults.baseURL}/auth/customer/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    })
    return res.status
  }

  it("the shopper downloads every record it has, corrects it, and deleting the account leaves no personal data but the sale", async () => {
    const me = await customer(PERSON.email)
    // Correcting one's data is Medusa's own profile and address routes; the export shows the result.
    await ok(me, "POST", "/store/customers/me", { first_name: "Sai", last_name: "Tên", phone: "+84900000000" })
    await ok(me, "POST", "/store/customers/me", {
      first_name: PERSON.first_name,
      last_name: PERSON.last_name,
      phone: PERSON.phone,
    })
    await ok(me, "POST", "/store/customers/me/addresses", ADDRESS)
    const order = await placeOrder(me, PERSON.email)
    const { business } = await ok(me, "POST", "/store/trade/me", {
      company_name: "Hợp tác xã Thử Xoá",
      tax_code: "3200999001",
      type: "distributor",
      phone: PERSON.phone,
      accept_operating_rules: true,
    })
    // Another person's guest order under another address must not be in this file.
    await placeOrder({}, "nguoi-khac@example.vn", TEST_ADDRESS)

    const exported = await fetch(`${api.defaults.baseURL}/store/customers/me/data`, {
      headers: { authorization: me.authorization!, "x-publishable-api-key": shop.publishableKey },
    })
    expect(exported.status).toBe(200)
    expect(exported.headers.get("content-disposition")).toMatch(
      /^attachment; filename="ocop-personal-data-\d{4}-\d\d-\d\d\.json"$/,
    )
    expect(exported.headers.get("cache-control")).toBe("private, no-store")
    const file = await exported.json()
    expect(file.format).toBe("ocop-personal-data/1")
    expect(file.records).toHaveLength(1)
    const [record] = file.records
    expect(record.profile).toMatchObject({
      email: PERSON.email,
      first_name: "Xoá",
      last_name: PERSON.last_name,
      phone: PERSON.phone,
    })
    expect(record.addresses).toEqual([expect.objectContaining({ address_1: ADDRESS.address_1, phone: PERSON.phone })])
    expect(record.orders).toEqual([
      expect.objectContaining({
        id: order.id,
        display_id: order.display_id,
        email: PERSON.email,
        shipping_address: expect.objectContaining({ address_1: ADDRESS.address_1, last_name: PERSON.last_name }),
        items: [expect.objectContaining({ quantity: 1 })],
      }),
    ])
    expect(record.business.profile).toMatchObject({
      id: business.id,
      company_name: "Hợp tác xã Thử Xoá",
      phone: PERSON.phone,
    })
    // The order confirmation e-mail the shop sent, with what it was filled with.
    expect(record.notifications.length).toBeGreaterThan(0)
    expect(record.notifications.every((n: { to: string }) => n.to === PERSON.email)).toBe(true)
    expect(JSON.stringify(file)).not.toContain("nguoi-khac@example.vn")

    // Before: the person is in the customer, address, order, cart, business and sign-in tables.
    const before = await tablesHoldingThePerson()
    for (const t of [
      "customer",
      "customer_address",
      "order",
      "order_address",
      "cart",
      "trade_business",
      "provider_identity",
    ])
      expect(before[t], t).toBeGreaterThan(0)

    // A wrong password deletes nothing.
    const wrong = await call(me, "POST", "/store/customers/me/erase", { password: "not-it" })
    expect(wrong.status).toBe(400)
    expect(wrong.body.message).toMatch(/password/)
    expect((await ok(me, "GET", "/store/customers/me")).customer).toMatchObject({
      email: PERSON.email,
      phone: PERSON.phone,
    })

    const erased = await ok(me, "POST", "/store/customers/me/erase", { password: PASSWORD })
    expect(erased.erased).toEqual(
      expect.arrayContaining(["orders", "addresses", "business", "notifications", "profile"]),
    )

    // After: no table holds any of the person's values.
    expect(await tablesHoldingThePerson()).toEqual({})
    // The sale is kept with its legal fields: number, lines, total, and where it was delivered.
    const kept = await pg()("order").where({ id: order.id }).first()
    expect(kept).toMatchObject({ display_id: order.display_id, email: expect.stringMatching(/@erased\.invalid$/) })
    const { rows: items } = await pg().raw(
      `select i.quantity from order_item i where i.order_id = ? and i.deleted_at is null`,
      [order.id],
    )
    expect(items.map((i: { quantity: string }) => Number(i.quantity))).toEqual([1])
    const address = await pg()("order_address").where({ id: kept.shipping_address_id }).first()
    expect(address).toMatchObject({
      first_name: null,
      address_1: null,
      phone: null,
      city: ADDRESS.city,
      province: ADDRESS.province,
    })
    // The business and its tax code stay (a company's record), without the person's phone.
    expect(await pg()("trade_business").where({ id: business.id }).first()).toMatchObject({
      tax_code: "3200999001",
      phone: null,
    })

    // The account is gone: it cannot sign in, and its session no longer opens anything.
    expect(await signIn(PERSON.email, PASSWORD)).toBe(401)
    expect((await call(me, "GET", "/store/customers/me")).status).toBe(404)

    // The request is on record, naming the customer by id only.
    const { data_requests } = await ok(official(), "GET", "/admin/data-rights/requests")
    expect(data_requests).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "export", channel: "self", status: "done" }),
        expect.objectContaining({ kind: "erase", channel: "self", status: "done", completed_at: expect.any(String) }),
      ]),
    )
  })

  it("an official runs a request received by mail for every record of the address, and each of its accesses to personal data is logged", async () => {
    const guestEmail = "thu-gui-buu-dien@example.vn"
    const guestOrder = await placeOrder({}, guestEmail)

    const bad = await call(official(), "POST", "/admin/data-rights/requests", {
      email: "not-an-address",
      kind: "export",
      reference: "CV 12",
    })
    expect(bad.status).toBe(400)
    const noReference = await call(official(), "POST", "/admin/data-rights/requests", {
      email: guestEmail,
      kind: "erase",
    })
    expect(noReference.status).toBe(400)
    expect(noReference.body.message).toMatch(/reference/)
    const nobody = await call(official(), "POST", "/admin/data-rights/requests", {
      email: "khong-co@example.vn",
      kind: "export",
      reference: "CV 13",
    })
    expect(nobody.status).toBe(404)
    // Only officials: a customer's token gets nothing.
    const shopper = await customer("khach-to-mo@example.vn")
    expect(
      (
        await call(shopper, "POST", "/admin/data-rights/requests", {
          email: guestEmail,
          kind: "export",
          reference: "x",
        })
      ).status,
    ).toBe(401)

    const file = await ok(official(), "POST", "/admin/data-rights/requests", {
      email: guestEmail,
      kind: "export",
      reference: "CV 14/2026",
    })
    expect(file.records[0].orders[0]).toMatchObject({ id: guestOrder.id, email: guestEmail })
    const { erasures } = await ok(official(), "POST", "/admin/data-rights/requests", {
      email: guestEmail,
      kind: "erase",
      reference: "CV 14/2026",
    })
    expect(erasures).toHaveLength(1)
    expect(await pg()("order").where({ id: guestOrder.id }).first()).toMatchObject({
      email: expect.stringMatching(/@erased\.invalid$/),
    })

    // Reading a customer and an order in the admin is logged: who, what, when; never the query.
    const before = new Date()
    await ok(official(), "GET", `/admin/orders/${guestOrder.id}?fields=email`)
    await ok(official(), "GET", `/admin/customers?q=${encodeURIComponent("tim-kiem@example.vn")}`)
    await ok(official(), "GET", "/admin/products?limit=1")
    let accesses: { actor_id: string; method: string; path: string; status: number; at: string }[] = []
    for (let i = 0; i < 50; i++) {
      const log = await ok(official(), "GET", "/admin/data-rights/access-log?limit=200")
      accesses = log.accesses.filter((a: { at: string; path: string }) => new Date(a.at) >= before)
      if (accesses.filter((a) => a.method === "GET").length >= 2) break
      await new Promise((r) => setTimeout(r, 100))
    }
    const { user } = await ok(official(), "GET", "/admin/users/me")
    const read = accesses.filter((a) => a.method === "GET").map((a) => a.path)
    expect(read.sort()).toEqual(["/admin/customers", `/admin/orders/${guestOrder.id}`])
    expect(accesses.every((a) => a.actor_id === user.id && a.status === 200)).toBe(true)
    expect(JSON.stringify(accesses)).not.toContain("tim-kiem")
    const { data_requests } = await ok(official(), "GET", "/admin/data-rights/requests")
    expect(data_requests).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "erase",
          channel: "official",
          official_id: user.id,
          reference: "CV 14/2026",
          status: "done",
        }),
      ]),
    )
  })
}
