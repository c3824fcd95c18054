import { consentsSource } from "../../../src/personal-data/sources/consents"
import { seedDemoShop } from "../../helpers/demo"
import { portalClient, type Reply, type Who } from "../../helpers/portal"
import { TEST_ADDRESS } from "../../../../test/support/store-client"
import type { SuiteContext } from "../../helpers/runner"

const VERSION = {
  kind: "privacy",
  version: "2.0",
  title_vi: "Chính sách bảo vệ dữ liệu cá nhân",
  title_en: "Privacy policy",
  body_vi: "# Mới\n- <script>alert(1)</script>",
  body_en: "# New\n- text",
  effective_at: "2026-12-01T00:00:00+07:00",
}

/**
 * Operator details and versioned policies edited by officials; consent recorded with its version,
 * time and channel; an order refused without it; asked again after a new version; withdrawn by its
 * owner only (docs/decisions/036-policies-and-consent.md).
 */

/** policies: a suite of accounts.spec.ts, on the shared demo shop that file boots. */
export function policiesSuite({ api, getContainer }: SuiteContext) {
  let shop: Awaited<ReturnType<typeof seedDemoShop>>
  let variantId: string
  const { official, call, ok, customer } = portalClient(api, getContainer, () => shop)
  const status = (reply: Reply) => ({ status: reply.status, message: reply.body.message })

  beforeAll(async () => {
    shop = await seedDemoShop(getContainer(), api)
    variantId = (await ok({}, "GET", "/store/products?handle=ca-phe-bot-nang&fields=variants.id")).products[0]
      .variants[0].id
  })

  /** A cart ready to complete, as `who` (a guest with `{}`). */
  async function readyCart(who: Who, email: string) {
    const { cart } = await ok(who, "POST", "/store/carts", { region_id: shop.regionId, email })
    await ok(who, "POST", `/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 })
    await ok(who, "POST", `/store/carts/${cart.id}`, { shipping_address: TEST_ADDRESS })
    const { shipping_options } = await ok(who, "GET", `/store/shipping-options?cart_id=${cart.id}`)
    const home = shipping_options.find((o: { name: string }) => /Giao hàng/.test(o.name))
    await ok(who, "POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: home.id })
    const { payment_collection } = await ok(who, "POST", "/store/payment-collections", { cart_id: cart.id })
    await ok(who, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      provider_id: "pp_system_default",
    })
    return cart.id as string
  }

  it("publishes policy versions that keep the old ones readable, and shows an official's edit of the operator", async () => {
    const footer = await ok({}, "GET", "/store/ocop/policies")
    expect(footer.operator.name).toMatch(/mẫu/)
    expect(footer.current.map((v: { kind: string }) => v.kind).sort()).toEqual(
      ["delivery_payment", "operating_rules", "privacy", "returns", "terms"].sort(),
    )

    const operator = { ...footer.operator, name: "Trung tâm Xúc tiến thương mại (thử)", moit_status: "registered" }
    delete operator.updated_at
    operator.moit_url = "https://online.gov.vn/example"
    expect((await ok(official(), "POST", "/admin/policies/operator", operator)).operator.name).toBe(operator.name)
    expect((await ok({}, "GET", "/store/ocop/policies")).operator).toMatchObject({
      name: operator.name,
      moit_status: "registered",
      moit_url: "https://online.gov.vn/example",
    })

    const published = await call(official(), "POST", "/admin/policies/versions", VERSION)
    expect(published.status).toBe(201)
    // The text comes back as stored: it is plain text, rendered as text by the storefront.
    const privacy = await ok({}, "GET", "/store/ocop/policies/privacy")
    expect(privacy.policy).toMatchObject({ version: "2.0", body_vi: VERSION.body_vi })
    expect(privacy.current_id).toBe(privacy.policy.id)
    expect(privacy.versions.map((v: { version: string }) => v.version)).toEqual(["2.0", "1.0"])
    const older = await ok({}, "GET", "/store/ocop/policies/privacy?version=1.0")
    expect(older.policy.version).toBe("1.0")
    expect(older.current_id).toBe(privacy.policy.id)

    // A version dated later waits: not in force, not readable yet.
    const later = { ...VERSION, version: "3.0", effective_at: "2099-01-01T00:00:00+07:00" }
    expect((await call(official(), "POST", "/admin/policies/versions", later)).status).toBe(201)
    expect((await ok({}, "GET", "/store/ocop/policies/privacy")).policy.version).toBe("2.0")
    expect((await call({}, "GET", "/store/ocop/policies/privacy?version=3.0")).status).toBe(404)

    // Bad input: a label used twice, missing or malformed fields, unknown kinds; officials only.
    expect(status(await call(official(), "POST", "/admin/policies/versions", VERSION))).toEqual({
      status: 409,
      message: expect.stringMatching(/already published/),
    })
    const bad = [
      { ...VERSION, version: "4.0", body_vi: "" },
      { ...VERSION, version: "4.0", kind: "cookies" },
      { ...VERSION, version: "../4" },
      { ...VERSION, version: "4.0", effective_at: "tomorrow" },
      { ...VERSION, version: "4.0", extra: 1 },
    ]
    for (const body of bad) {
      const reply = await call(official(), "POST", "/admin/policies/versions", body)
      expect(reply.status, JSON.stringify(body)).toBe(400)
      expect(reply.body.message).toEqual(expect.any(String))
    }
    const badOperator = await call(official(), "POST", "/admin/policies/operator", { ...operator, email: "x" })
    expect(badOperator.status).toBe(400)
    const badUrl = await call(official(), "POST", "/admin/policies/operator", {
      ...operator,
      moit_url: "javascript:1",
    })
    expect(badUrl.status).toBe(400)
    expect((await call({}, "GET", "/store/ocop/policies/cookies")).status).toBe(404)
    expect((await call({}, "GET", "/store/ocop/policies/terms?version=9.9")).status).toBe(404)
    const shopper = await customer("khach-chinh-sach@example.vn")
    expect((await call(shopper, "POST", "/admin/policies/versions", { ...VERSION, version: "5" })).status).toBe(401)
    expect((await ok({}, "GET", "/store/ocop/policies/privacy")).versions).toHaveLength(2)
  })

  it("refuses a guest's order without consent to processing, and records the consent given at checkout", async () => {
    const cartId = await readyCart({}, "Khach-Vang@Example.vn")
    expect(status(await call({}, "POST", `/store/carts/${cartId}/complete`))).toEqual({
      status: 400,
      message: expect.stringMatching(/consent to processing/),
    })
    expect((await call({}, "POST", `/store/ocop/carts/${cartId}/consents`, { processing: false })).status).toBe(400)
    expect((await call({}, "POST", `/store/ocop/carts/${cartId}/consents`, { marketing: true })).status).toBe(400)
    expect((await call({}, "POST", "/store/ocop/carts/cart_nope/consents", { processing: true })).status).toBe(404)

    const before = Date.now()
    const given = await ok({}, "POST", `/store/ocop/carts/${cartId}/consents`, { processing: true })
    expect(given.consents).toHaveLength(2)
    for (const c of given.consents) {
      expect(c).toMatchObject({
        purpose: "processing",
        channel: "checkout",
        policy_version: "1.0",
        withdrawn_at: null,
      })
      expect(new Date(c.given_at).getTime()).toBeGreaterThanOrEqual(before - 1000)
    }
    expect(given.consents.map((c: { policy_kind: string }) => c.policy_kind).sort()).toEqual(["privacy", "terms"])
    const done = await ok({}, "POST", `/store/carts/${cartId}/complete`)
    expect(done.type).toBe("order")

    // The guest's consent is found by its e-mail, for the data-rights export; marketing was not given.
    const mine = (await consentsSource.collect(getContainer(), {
      customerId: "",
      email: "khach-vang@example.vn",
    })) as { purpose: string; cart_id: string; email: string }[]
    expect(mine.map((c) => [c.purpose, c.cart_id, c.email])).toEqual([
      ["processing", cartId, "khach-vang@example.vn"],
      ["processing", cartId, "khach-vang@example.vn"],
    ])
    // A second checkout with the same e-mail asks again: a guest's consent is for its own cart.
    const next = await readyCart({}, "khach-vang@example.vn")
    expect((await call({}, "POST", `/store/carts/${next}/complete`)).status).toBe(400)
  })

  it("asks a customer again after a new version, lets it withdraw its own consents only, and erases the e-mail", async () => {
    const email = "khach-dong-y@example.vn"
    const me = await customer(email)
    const other = await customer("khach-khac@example.vn")
    expect((await call({}, "GET", "/store/ocop/consents/me")).status).toBe(401)
    expect((await call(me, "POST", "/store/ocop/consents/me", { channel: "signup" })).status).toBe(400)
    expect((await call(me, "POST", "/store/ocop/consents/me", { channel: "checkout", processing: true })).status).toBe(
      400,
    )
    const signup = await ok(me, "POST", "/store/ocop/consents/me", {
      channel: "signup",
      processing: true,
      marketing: true,
    })
    expect(signup).toMatchObject({ reconsent: [], processing_current: true })
    expect(signup.consents).toHaveLength(3)
    const cartId = await readyCart(me, email)
    // A signed-up customer's consent covers its orders.
    expect((await ok(me, "POST", `/store/carts/${cartId}/complete`)).type).toBe("order")

    await ok(official(), "POST", "/admin/policies/versions", VERSION)
    const asked = await ok(me, "GET", "/store/ocop/consents/me")
    expect(asked).toMatchObject({ reconsent: ["processing", "marketing"], processing_current: false })
    const refused = await readyCart(me, email)
    expect((await call(me, "POST", `/store/carts/${refused}/complete`)).status).toBe(400)
    const answered = await ok(me, "POST", "/store/ocop/consents/me", { channel: "account", processing: true })
    expect(answered).toMatchObject({ reconsent: ["marketing"], processing_current: true })
    expect((await ok(me, "POST", `/store/carts/${refused}/complete`)).type).toBe("order")

    const marketing = answered.consents.filter((c: { purpose: string }) => c.purpose === "marketing")[0]
    expect((await call(other, "POST", `/store/ocop/consents/me/${marketing.id}/withdraw`, {})).status).toBe(404)
    const withdrawn = await ok(me, "POST", `/store/ocop/consents/me/${marketing.id}/withdraw`, {})
    const after = withdrawn.consents.find((c: { id: string }) => c.id === marketing.id)
    expect(after.withdrawn_at).toEqual(expect.any(String))
    expect(withdrawn.reconsent).toEqual([])
    expect(withdrawn.consents).toHaveLength(5)
    // Withdrawing consent to processing withdraws it for every version: nothing asks at sign-in,
    // and the next order asks again.
    const processing = withdrawn.consents.find((c: { purpose: string }) => c.purpose === "processing")
    const none = await ok(me, "POST", `/store/ocop/consents/me/${processing.id}/withdraw`, {})
    expect(none.consents.filter((c: { withdrawn_at: string | null }) => !c.withdrawn_at)).toEqual([])
    expect(none).toMatchObject({ reconsent: [], processing_current: false })
    expect((await call(me, "POST", `/store/carts/${await readyCart(me, email)}/complete`)).status).toBe(400)

    const { data } = await api.get("/store/customers/me", {
      headers: { authorization: me.authorization, "x-publishable-api-key": shop.publishableKey },
    })
    await consentsSource.erase(getContainer(), { customerId: data.customer.id, email })
    const erased = (await consentsSource.collect(getContainer(), { customerId: data.customer.id, email })) as {
      email: string | null
      withdrawn_at: string | null
      policy_version: string
    }[]
    expect(erased).toHaveLength(5)
    expect(erased.every((c) => c.email === null && c.withdrawn_at !== null && c.policy_version)).toBe(true)
  })
}
