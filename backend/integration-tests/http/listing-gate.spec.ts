import { integrationTestRunner } from "../helpers/runner"
import { Modules } from "@medusajs/framework/utils"
import { OcopWorkflows, runWorkflow } from "@ocop/plugin"
import { demoRegistry, seedDemoShop, type OcopTestService } from "../helpers/demo"
import { storeClient } from "../../../test/support/store-client"
import { STORE_OCOP_FIELDS } from "@ocop/core"

type Api = { get: Function; post: Function } // eslint-disable-line @typescript-eslint/no-unsafe-function-type

integrationTestRunner({
  inApp: true,
  sharedDemoShop: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const { data, producers, rowOf, communeName } = demoRegistry()
    const product = data.products.find((p) => p.handle === "nuoc-mam-tung-van")!
    const row = () => rowOf(product)
    let key: string
    let regionId: string
    let admin: { headers: { authorization: string } }

    beforeAll(async () => {
      ;({ publishableKey: key, regionId, admin } = await seedDemoShop(getContainer(), api))
    })

    const store = () => storeClient(api.defaults.baseURL as string, key)
    const importFeed = (rows: unknown[]) =>
      runWorkflow(getContainer(), OcopWorkflows.importCertificates, { source: "feed", rows })
    const http = api as unknown as Api
    const status = async (p: Promise<unknown>) =>
      (await p.then((r) => r as { status: number }).catch((e: { response: { status: number } }) => e.response)).status

    async function listedHandles(): Promise<string[]> {
      const { products } = await store().call("GET", "/store/products?limit=200&fields=handle")
      return products.map((p: { handle: string }) => p.handle)
    }
    async function productAndVariant() {
      const { products } = await getContainer()
        .resolve(Modules.PRODUCT)
        .listProducts({ handle: product.handle }, { relations: ["variants"] })
        .then((list) => ({ products: list }))
      return { productId: products[0].id, variantId: products[0].variants[0].id }
    }
    async function certificateId(number: string): Promise<string> {
      const { data } = await api.get(`/admin/ocop/certificates?q=${encodeURIComponent(number)}`, admin)
      return data.certificates[0].id
    }
    const revoke = async (id: string) =>
      api.post(
        `/admin/ocop/certificates/${id}/status`,
        {
          status: "revoked",
          reason_code: "food_safety_violation",
          decision_number: "99/QĐ-UBND",
          decision_date: "2026-11-28",
        },
        admin,
      )

    it("publishes only what the imported certificates allow (2★, revoked, expired, suspended stay off)", async () => {
      const listed = await listedHandles()
      for (const p of data.products) {
        const shouldList = p.certificate.status === "active" && p.certificate.stars >= 3
        expect(listed.includes(p.handle), p.handle).toBe(shouldList)
      }
    })

    it("revoking through the admin takes the product off everywhere; reinstating brings it back", async () => {
      const { productId, variantId } = await productAndVariant()
      // A cart filled and ready to pay before the revocation.
      const { cart: ready } = await store().call("POST", "/store/carts", { region_id: regionId, email: "a@example.vn" })
      await store().call("POST", `/store/carts/${ready.id}/line-items`, { variant_id: variantId, quantity: 1 })
      await store().call("POST", `/store/ocop/carts/${ready.id}/consents`, { processing: true })
      const { shipping_options } = await store().call("GET", `/store/shipping-options?cart_id=${ready.id}`)
      await store().call("POST", `/store/carts/${ready.id}`, {
        shipping_address: { country_code: "vn", city: "Đông Hà", address_1: "1" },
      })
      await store().call("POST", `/store/carts/${ready.id}/shipping-methods`, { option_id: shipping_options[0].id })
      const { payment_collection } = await store().call("POST", "/store/payment-collections", { cart_id: ready.id })
      await store().call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
        provider_id: "pp_system_default",
      })

      const id = await certificateId(product.certificate.number)
      expect((await revoke(id)).status).toBe(200)

      expect(await listedHandles()).not.toContain(product.handle)
      expect(
        await status(http.get(`/store/products/${productId}`, { headers: { "x-publishable-api-key": key } })),
      ).toBe(404)
      expect((await store().call("GET", `/store/products?handle=${product.handle}`)).products).toEqual([])

      const { cart: fresh } = await store().call("POST", "/store/carts", { region_id: regionId })
      await expect(
        store().call("POST", `/store/carts/${fresh.id}/line-items`, { variant_id: variantId, quantity: 1 }),
      ).rejects.toThrow(/400|no longer for sale/)
      await expect(store().call("POST", `/store/carts/${ready.id}/complete`)).rejects.toThrow(/no longer for sale/)

      const reinstated = await api.post(
        `/admin/ocop/certificates/${id}/status`,
        { status: "active", decision_number: "100/QĐ-UBND", decision_date: "2026-11-29" },
        admin,
      )
      expect(reinstated.data.certificate.status).toBe("active")
      expect(await listedHandles()).toContain(product.handle)
      const done = await store().call("POST", `/store/carts/${ready.id}/complete`)
      expect(done.type).toBe("order")
    })

    it("a revocation arriving through the registry feed delists too, and a rerun changes nothing", async () => {
      const run = async (rows: unknown[]) => ({ result: await importFeed(rows) })
      const revoked = {
        ...row(),
        status: "revoked",
        status_reason: "fraud_or_false_dossier",
        status_decision_number: "7/QĐ-UBND",
        status_decision_date: "2026-11-20",
      }
      const first = await run([revoked])
      expect(first.result.counts).toMatchObject({ revoked: 1 })
      expect(await listedHandles()).not.toContain(product.handle)
      const again = await run([revoked])
      expect(again.result.counts).toEqual({ rejected: 0, unchanged: 1 })
      await run([row()])
      expect(await listedHandles()).toContain(product.handle)
    })

    it("applies valid feed rows and reports each bad row with its field and reason", async () => {
      const good = { ...row(), authority: "UBND tỉnh Quảng Trị (đính chính)" }
      const result = await importFeed([
        good,
        { ...row(), certificate_number: "X-1", stars: 5 },
        { ...row(), certificate_number: "X-2", product_handle: "khong-co-san-pham" },
        { ...row(), certificate_number: "X-3", decision_date: "2026-02-30" },
        { ...row(), certificate_number: "X-4", subject_commune_code: "00000" },
      ])
      expect(result.counts).toMatchObject({ updated: 1, rejected: 4 })
      expect(result.errors).toEqual([
        { row: 2, field: "stars", reason: expect.stringMatching(/5★ does not match score/) },
        { row: 3, field: "product_handle", reason: "no product with handle khong-co-san-pham" },
        { row: 4, field: "decision_date", reason: "must be a calendar date YYYY-MM-DD" },
        { row: 5, field: "subject_commune_code", reason: expect.stringMatching(/^unknown commune code 00000/) },
      ])
      const [cert] = await getContainer()
        .resolve<OcopTestService>("ocop")
        .listCertificates({ number: product.certificate.number })
      expect(cert.authority).toBe("UBND tỉnh Quảng Trị (đính chính)")
    })

    it("a producer registered under a commune that merged on 1 July 2025 shows today's commune", async () => {
      const merged = data.units.find((u) => u.valid_to && u.level === "commune")!
      const today = data.successions.find((s) => s.from === merged.code)!.to
      const result = await importFeed([{ ...row(), subject_commune_code: merged.code }])
      expect(result.counts).toMatchObject({ rejected: 0 })
      const fields = "+subject.commune.code,+subject.commune.name"
      const { products } = await store().call("GET", `/store/products?handle=${product.handle}&fields=${fields}`)
      expect(products[0].subject.commune).toEqual({ code: today, name: communeName(today) })
    })

    it("a certificate event from outside the plugin's workflows gets the listing rule applied", async () => {
      // Another integration changes the record and announces it; the plugin's subscriber delists.
      const ocop = getContainer().resolve<OcopTestService>("ocop")
      const [cert] = await ocop.listCertificates({ number: product.certificate.number })
      await ocop.updateCertificates({ id: cert.id, status: "suspended" })
      expect(await listedHandles()).toContain(product.handle)
      const { productId } = await productAndVariant()
      await getContainer()
        .resolve(Modules.EVENT_BUS)
        .emit({
          name: "ocop.certificate.suspended",
          data: { certificate_number: product.certificate.number, product_ids: [productId] },
        })
      await expect.poll(listedHandles, { timeout: 10_000 }).not.toContain(product.handle)
    })

    it("an upgrade issues a new certificate and supersedes the old one", async () => {
      const upgrade = {
        ...row(),
        certificate_number: "DEMO-QT-2026-9001",
        stars: 4,
        score: 75,
        score_a: 30,
        score_b: 20,
        score_c: 25,
        framework_code: "QD-1489-2025",
        decision_number: "2500/QĐ-UBND",
        decision_date: "2026-10-01",
        authority: "UBND tỉnh Quảng Trị",
        valid_from: "2026-10-01",
        valid_until: "2029-09-30",
      }
      const result = await importFeed([upgrade])
      expect(result.counts).toMatchObject({ upgraded: 1 })
      const ocop = getContainer().resolve<OcopTestService>("ocop")
      const [old] = await ocop.listCertificates({ number: product.certificate.number })
      const [fresh] = await ocop.listCertificates({ number: upgrade.certificate_number })
      expect(old.status).toBe("superseded")
      expect(old.superseded_by).toBe(fresh.id)
      expect(await listedHandles()).toContain(product.handle)
    })

    it("store product responses carry the OCOP facts a shopper sees, and nothing private", async () => {
      const ocop = getContainer().resolve<OcopTestService>("ocop")
      const [subject] = await ocop.listSubjects({ key: product.producer })
      await ocop.updateSubjects({ id: subject.id, email: "chu-the@example.vn", tax_code: "3200000000" })
      const fields = ["handle", "*categories", ...STORE_OCOP_FIELDS].map((f) => `+${f}`).join(",")
      const { products } = await store().call("GET", `/store/products?handle=${product.handle}&fields=${fields}`)
      const [p] = products
      const current = p.certificates.find((c: { status: string }) => c.status === "active")
      expect(current).toMatchObject({
        number: product.certificate.number,
        stars: product.certificate.stars,
        valid_until: product.certificate.valid_until,
      })
      const producer = producers.get(product.producer)!
      expect(p.subject).toMatchObject({
        name: producer.name,
        type: producer.type,
        story_vi: producer.story_vi,
        story_en: producer.story_en,
        commune: { code: producer.commune_code, name: communeName(producer.commune_code) },
      })
      expect(p.categories[0].metadata.ocop_code).toBe(product.group_code)
      expect(p.title).toBe(product.title) // the default fields are kept

      // Asking for the whole producer, or its e-mail by name, does not reach private fields.
      for (const ask of ["*subject", "subject.email,subject.tax_code", "*subject.certificates"]) {
        const { products: again } = await store().call("GET", `/store/products?handle=${product.handle}&fields=${ask}`)
        expect(JSON.stringify(again)).not.toMatch(/chu-the@example\.vn|3200000000/)
      }
    })

    it("keeps the admin OCOP routes for admin users only", async () => {
      expect(await status(http.get("/admin/ocop/certificates"))).toBe(401)
      const { data } = await api.post("/auth/customer/emailpass/register", {
        email: "buyer@example.vn",
        password: "buyer-pass-1",
      })
      const customer = { headers: { authorization: `Bearer ${data.token}` } }
      expect(await status(http.get("/admin/ocop/certificates", customer))).toBe(401)
      expect(await status(http.post("/admin/ocop/certificates/ocert_x/status", { status: "active" }, customer))).toBe(
        401,
      )
      expect(await status(http.get("/admin/ocop/certificates", admin))).toBe(200)
    })

    it("refuses a status change without its decision, naming the field", async () => {
      const id = await certificateId(product.certificate.number)
      const res = await http
        .post(
          `/admin/ocop/certificates/${id}/status`,
          { status: "revoked", reason_code: "other", decision_date: "2026-11-28" },
          admin,
        )
        .catch((e: { response: unknown }) => e.response)
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.data)).toMatch(/decision_number/)
    })
  },
})
