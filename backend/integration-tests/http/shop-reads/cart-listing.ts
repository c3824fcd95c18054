import { Modules } from "@medusajs/framework/utils"
import type { CartListingResponse } from "@ocop/core"
import { demoRegistry, seedDemoShop } from "../../helpers/demo"
import { storeClient } from "../../../../test/support/store-client"
import type { SuiteContext } from "../../helpers/runner"

/** cart-listing: a suite of shop-reads.spec.ts, on the shared demo shop that file boots. */
export function cartListingSuite({ api, getContainer }: SuiteContext) {
  const { data } = demoRegistry()
  const revoked = data.products.find((p) => p.handle === "nuoc-mam-tung-van")!
  const kept = data.products.find((p) => p.handle === "gao-huu-co-quang-tri")!
  let key: string
  let regionId: string
  let admin: { headers: { authorization: string } }

  beforeAll(async () => {
    ;({ publishableKey: key, regionId, admin } = await seedDemoShop(getContainer(), api))
  })

  const store = () => storeClient(api.defaults.baseURL as string, key)
  const variantOf = async (handle: string) =>
    (
      await getContainer()
        .resolve(Modules.PRODUCT)
        .listProducts({ handle }, { relations: ["variants"] })
    )[0].variants[0].id

  it("finding 5: a cart's line whose certificate was revoked is reported not on sale, the others are", async () => {
    const { cart } = await store().call("POST", "/store/carts", { region_id: regionId })
    for (const p of [revoked, kept]) {
      await store().call("POST", `/store/carts/${cart.id}/line-items`, {
        variant_id: await variantOf(p.handle),
        quantity: 1,
      })
    }
    const lines = async () =>
      (await store().call<CartListingResponse>("GET", `/store/ocop/carts/${cart.id}/listing`)).items
    expect((await lines()).map((l) => l.on_sale)).toEqual([true, true])

    const { data: found } = await api.get(`/admin/ocop/certificates?q=${revoked.certificate.number}`, admin)
    await api.post(
      `/admin/ocop/certificates/${found.certificates[0].id}/status`,
      { status: "revoked", reason_code: "other", decision_number: "23/QĐ-UBND", decision_date: "2026-11-30" },
      admin,
    )
    const { cart: withItems } = await store().call(
      "GET",
      `/store/carts/${cart.id}?fields=items.id,items.product_handle`,
    )
    const lineOf = (handle: string) =>
      withItems.items.find((i: { product_handle: string }) => i.product_handle === handle).id
    expect(await lines()).toEqual(
      expect.arrayContaining([
        { id: lineOf(revoked.handle), on_sale: false, reason: "not_active" },
        { id: lineOf(kept.handle), on_sale: true, reason: null },
      ]),
    )
  })

  it("an unknown cart is a 404 with a message, and the route needs the publishable key", async () => {
    await expect(store().call("GET", "/store/ocop/carts/cart_nope/listing")).rejects.toThrow(
      /404: Cart cart_nope was not found/,
    )
    const bare = await fetch(`${api.defaults.baseURL}/store/ocop/carts/cart_nope/listing`)
    expect([bare.status, (await bare.json()).message]).toEqual([400, expect.stringMatching(/publishable/i)])
  })
}
