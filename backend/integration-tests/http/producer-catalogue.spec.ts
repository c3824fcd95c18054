import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCER_EDIT_MODE_KEY, PRODUCER_PRICE_MAX } from "@ocop/core"
import sharp from "sharp"
import { integrationTestRunner } from "../helpers/runner"
import { demoRegistry, seedDemoShop } from "../helpers/demo"
import { portalClient, type Who } from "../helpers/portal"
import { cameraJpeg, photoForm, registryCsv } from "../helpers/producer-stall"

type Variant = { id: string; sku: string; price: number | null; weight: number | null; length: number | null }
type Photo = { id: string; url: string; widths: { width: number; height: number; url: string }[] }
type StoreImage = { url: string; metadata: { file_ids?: string[] } | null }
type Product = {
  id: string
  handle: string
  status: string
  edit_mode: string
  texts: { description: string | null; description_en: string | null; subtitle: string | null }
  variants: Variant[]
  photos: Photo[]
  change_request: {
    id: string
    status: string
    proposed: Record<string, string> & { gallery?: Photo[] }
    note: string | null
  } | null
  price_history: { variant_id: string; old_amount: number | null; new_amount: number; changed_by: string }[]
}

/**
 * A producer's catalogue (docs/producers.md): it edits the texts, VND prices, shelf data and photos
 * of its subject's products through Medusa's workflows; a change shows in the Store API at once, or
 * waits for an official where the product's group is in review mode; it never lists or unlists. It
 * proposes new products as drafts, which only a certificate puts on sale, and tells its story.
 */
integrationTestRunner({
  inApp: true,
  sharedDemoShop: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    const { official, call, ok, customer, business } = portalClient(api, getContainer, () => shop)
    let owner: Who
    let other: Who
    const HANDLE = "ca-phe-hat-ta-lu"

    beforeAll(async () => {
      shop = await seedDemoShop(getContainer(), api)
      owner = (await business("sp-ta-lu@example.vn", "3200880101", "producer", "ta-lu")).who
      other = (await business("sp-ga-cua@example.vn", "3200880102", "producer", "ga-cua-tam-bac")).who
    })

    const products = async (who: Who) => (await ok(who, "GET", "/store/producer/products")).products as Product[]
    const mine = async (who: Who = owner, handle = HANDLE) => (await products(who)).find((p) => p.handle === handle)!
    const edit = (who: Who, id: string, body: unknown) => call(who, "POST", `/store/producer/products/${id}`, body)
    const store = async (locale?: string) =>
      (
        await ok(
          {},
          "GET",
          `/store/products?handle=${HANDLE}&fields=description,subtitle${locale ? `&locale=${locale}` : ""}`,
        )
      ).products[0] as { description: string; subtitle: string }

    it("lists the producer's products with texts in both languages, VND prices and shelf data", async () => {
      const list = await products(owner)
      expect(list.map((p) => p.handle).sort()).toEqual(["ca-phe-bot-ta-lu", HANDLE].sort())
      const p = list.find((x) => x.handle === HANDLE)!
      expect(p).toMatchObject({ status: "published", edit_mode: "live", change_request: null, price_history: [] })
      expect(p.texts.description).toBeTruthy()
      expect(p.texts.description_en).toBeTruthy()
      expect(p.variants.every((v) => Number.isInteger(v.price) && v.price! > 0 && v.weight! > 0)).toBe(true)
      expect((await products(other)).map((x) => x.handle)).toEqual(["ga-cua-tam-bac"])
    })

    it("puts a live edit in the Store API at once in both languages, and a price in the cart and the history", async () => {
      const p = await mine()
      const [v] = p.variants
      const done = await edit(owner, p.id, {
        description: "Cà phê hạt rang mộc, hái chín tay.",
        description_en: "Whole beans roasted plain, hand-picked ripe.",
        subtitle: "Rang mộc",
        variants: [{ id: v.id, price: 123_000, weight: 260, length: 180, width: 90, height: 40 }],
      })
      expect(done.status).toBe(200)
      expect(done.body.waiting).toEqual([])
      expect((await store()).description).toBe("Cà phê hạt rang mộc, hái chín tay.")
      expect((await store()).subtitle).toBe("Rang mộc")
      expect((await store("en-US")).description).toBe("Whole beans roasted plain, hand-picked ripe.")

      const after = await mine()
      expect(after.variants.find((x) => x.id === v.id)).toMatchObject({ price: 123_000, weight: 260, length: 180 })
      expect(after.price_history).toEqual([
        expect.objectContaining({
          variant_id: v.id,
          old_amount: v.price,
          new_amount: 123_000,
          changed_by: "sp-ta-lu@example.vn",
        }),
      ])
      expect(after.status).toBe("published")

      const { cart } = await ok({}, "POST", "/store/carts", { region_id: shop.regionId })
      const added = await ok({}, "POST", `/store/carts/${cart.id}/line-items`, { variant_id: v.id, quantity: 2 })
      expect(added.cart.items[0].unit_price).toBe(123_000)
      expect(added.cart.item_total).toBe(246_000)
    })

    it("refuses another producer's product or variant with 404, and lets staff edit", async () => {
      const p = await mine()
      const theirs = (await products(other))[0]
      const before = p.texts.description
      expect((await edit(other, p.id, { description: "Của người khác" })).status).toBe(404)
      expect((await edit(owner, theirs.id, { description: "Của người khác" })).status).toBe(404)
      // One's own product with another's variant: 404, and nothing of the body is written.
      const mixed = await edit(owner, p.id, {
        description: "Không được ghi",
        variants: [
          { id: p.variants[0].id, price: 99_000 },
          { id: theirs.variants[0].id, price: 99_000 },
        ],
      })
      expect(mixed.status).toBe(404)
      const after = await mine()
      expect(after.texts.description).toBe(before)
      expect(after.variants[0].price).toBe(p.variants[0].price)

      await ok(owner, "POST", "/store/producer/invites", { email: "sp-nhan-vien@example.vn", locale: "vi" })
      const [sent] = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ to: "sp-nhan-vien@example.vn", template: "producer-invite" })
      const staff = await customer("sp-nhan-vien@example.vn")
      const token = new URL(String(sent.data?.accept_url)).searchParams.get("token")
      await ok(staff, "POST", "/store/producer-invites/accept", { token, accept_operating_rules: true })
      expect((await edit(staff, p.id, { subtitle: "Nhân viên sửa" })).status).toBe(200)
      expect((await store()).subtitle).toBe("Nhân viên sửa")
    })

    it("refuses bad input with a message and writes nothing, listing fields included", async () => {
      const p = await mine()
      const [a, b] = p.variants
      const cases: [unknown, RegExp][] = [
        [{ variants: [{ id: a.id, price: -5 }] }, /price must be above zero/],
        [{ variants: [{ id: a.id, price: 1500.5 }] }, /whole number of VND/],
        [{ variants: [{ id: a.id, price: PRODUCER_PRICE_MAX + 1 }] }, /cannot be above/],
        [{ variants: [{ id: a.id, price: "12000" }] }, /must be a number/],
        [{ variants: [{ id: a.id, weight: 0 }] }, /weight must be above zero/],
        [{ variants: [{ id: a.id, height: 2.5 }] }, /whole number of millimetres/],
        [{ variants: [{ id: a.id, price: 50_000, inventory_quantity: 3 }] }, /inventory_quantity/],
        [{ variants: [{ id: a.id }, { id: a.id }] }, /named twice/],
        [{ description: "x".repeat(5001) }, /5000 characters/],
        [{ description: "   " }, /description is empty/],
        [{ status: "draft" }, /status/],
        [{ title: "Tên mới" }, /title/],
        [{ certificate_id: "cert_x", description: "Mới" }, /certificate_id/],
        [{ metadata: { ocop_listing: true } }, /metadata/],
        // One bad variant among good ones: the whole body is refused.
        [
          {
            description: "Không được ghi",
            variants: [
              { id: a.id, price: 77_000 },
              { id: b.id, price: -1 },
            ],
          },
          /price must be above zero/,
        ],
      ]
      for (const [body, message] of cases) {
        const r = await edit(owner, p.id, body)
        expect([JSON.stringify(body).slice(0, 60), r.status, r.body.message]).toEqual([
          JSON.stringify(body).slice(0, 60),
          400,
          expect.stringMatching(message),
        ])
      }
      const after = await mine()
      expect(after.texts).toEqual(p.texts)
      expect(after.variants).toEqual(p.variants)
      expect(after.status).toBe("published")
      expect(after.price_history).toHaveLength(p.price_history.length)
    })

    it("holds texts for an official in review mode; accepted they go live, returned the producer reads the note", async () => {
      const p = await mine()
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["categories.id", "categories.metadata"],
        filters: { id: p.id },
      })
      const group = (data[0] as unknown as { categories: { id: string; metadata: Record<string, unknown> }[] })
        .categories[0]
      // The operator's setting, in the product group's (category's) metadata, as the admin edits it.
      const setMode = (mode: string) =>
        ok(official(), "POST", `/admin/product-categories/${group.id}`, {
          metadata: { ...group.metadata, [PRODUCER_EDIT_MODE_KEY]: mode },
        })
      await setMode("review")
      expect((await mine()).edit_mode).toBe("review")
      const liveBefore = (await store()).description

      const held = await edit(owner, p.id, {
        description: "Mô tả chờ duyệt",
        description_en: "Description awaiting review",
        variants: [{ id: p.variants[0].id, price: 131_000 }],
      })
      expect(held.status).toBe(200)
      expect(held.body.waiting.sort()).toEqual(["description", "description_en"])
      // The text waits; the price applies at once.
      expect((await store()).description).toBe(liveBefore)
      const waiting = await mine()
      expect(waiting.change_request).toMatchObject({
        status: "open",
        proposed: { description: "Mô tả chờ duyệt", description_en: "Description awaiting review" },
      })
      expect(waiting.variants[0].price).toBe(131_000)

      const queue = (await ok(official(), "GET", "/admin/producers/change-requests")).change_requests
      const request = queue.find((r: { product: { id: string } }) => r.product.id === p.id)
      expect(request).toMatchObject({ status: "open", current: { description: liveBefore } })
      // Another producer's member cannot reach the queue.
      expect((await call(other, "GET", "/admin/producers/change-requests")).status).toBe(401)

      await ok(official(), "POST", `/admin/producers/change-requests/${request.id}/accept`, {})
      expect((await store()).description).toBe("Mô tả chờ duyệt")
      expect((await store("en-US")).description).toBe("Description awaiting review")
      expect((await mine()).change_request).toBeNull()
      const history = (await ok(official(), "GET", `/admin/producers/price-changes?product_id=${p.id}`)).price_changes
      expect(history[0]).toMatchObject({
        variant_id: p.variants[0].id,
        new_amount: 131_000,
        product: { id: p.id, handle: HANDLE },
      })
      const twice = await call(official(), "POST", `/admin/producers/change-requests/${request.id}/accept`, {})
      expect([twice.status, twice.body.message]).toEqual([400, expect.stringMatching(/already accepted/)])

      await ok(owner, "POST", `/store/producer/products/${p.id}`, { subtitle: "Phụ đề chờ" })
      const second = (await mine()).change_request!
      expect((await call(official(), "POST", `/admin/producers/change-requests/${second.id}/return`, {})).status).toBe(
        400,
      )
      await ok(official(), "POST", `/admin/producers/change-requests/${second.id}/return`, {
        note: "Phụ đề cần nêu vùng trồng",
      })
      expect((await mine()).change_request).toMatchObject({ status: "returned", note: "Phụ đề cần nêu vùng trồng" })
      expect((await store()).subtitle).not.toBe("Phụ đề chờ")
      await setMode("live")
      expect((await mine()).edit_mode).toBe("live")
    })

    it("refuses a suspended producer with 403", async () => {
      const p = await mine()
      const { workspace } = await ok(owner, "GET", "/store/producer")
      await ok(official(), "POST", `/admin/producers/${workspace.producer.id}/suspend`, { reason: "Kiểm tra giá" })
      const refused = await edit(owner, p.id, { subtitle: "Bị đình chỉ" })
      expect([refused.status, refused.body.code]).toEqual([403, "producer_suspended"])
      expect((await call(owner, "GET", "/store/producer/products")).status).toBe(403)
      await ok(official(), "POST", `/admin/producers/${workspace.producer.id}/restore`, {})
    })

    /** The Store API's images and thumbnail of the product (its first image is the thumbnail). */
    const storeImages = async () =>
      (await ok({}, "GET", `/store/products?handle=${HANDLE}&fields=thumbnail,*images`)).products[0] as {
        thumbnail: string | null
        images: StoreImage[]
      }
    const upload = (who: Who, id: string, form: FormData) =>
      call(who, "POST", `/store/producer/products/${id}/photos`, form)
    const arrange = (who: Who, id: string, photos: string[]) =>
      call(who, "POST", `/store/producer/products/${id}/gallery`, { photos })
    const files = () => getContainer().resolve(Modules.FILE)
    /** Whether the File Module still holds a file (read through its API, whatever the provider). */
    const stored = (id: string) =>
      files()
        .getAsBuffer(id)
        .then(() => true)
        .catch(() => false)
    /** The operator's setting on the product's group (its category's metadata), as the admin edits it. */
    async function setGroupMode(productId: string, mode: string) {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["categories.id", "categories.metadata"], filters: { id: productId } })
      const group = (data[0] as unknown as { categories: { id: string; metadata: Record<string, unknown> }[] })
        .categories[0]
      await ok(official(), "POST", `/admin/product-categories/${group.id}`, {
        metadata: { ...group.metadata, [PRODUCER_EDIT_MODE_KEY]: mode },
      })
    }

    it("keeps a photo as WebP widths without its EXIF, live at once; arranges and removes it, deleting its files; refuses bad uploads writing nothing", async () => {
      const p = await mine()
      const theirs = (await products(other))[0]
      const before = await storeImages()
      const jpeg = await cameraJpeg()
      expect((await sharp(jpeg).metadata()).exif?.includes("SpyPhone")).toBe(true)
      const created = vi.spyOn(files(), "createFiles")
      const refusals: [Who, string, FormData | object, number, RegExp][] = [
        [owner, p.id, photoForm({ bytes: Buffer.from("%PDF-1.7\n%%EOF"), type: "image/jpeg" }), 400, /not an image/],
        [
          owner,
          p.id,
          photoForm({ bytes: new Uint8Array(30 * 1024 * 1024), type: "image/jpeg" }),
          413,
          /larger than 25 MB/,
        ],
        [owner, p.id, photoForm(...Array(4).fill({ bytes: jpeg, type: "image/jpeg" })), 400, /up to 3 photos/],
        [owner, p.id, { photos: ["x"] }, 400, /no photo/],
        [owner, theirs.id, photoForm({ bytes: jpeg, type: "image/jpeg" }), 404, /No such product/],
        [other, p.id, photoForm({ bytes: jpeg, type: "image/jpeg" }), 404, /No such product/],
      ]
      for (const [who, id, body, status, message] of refusals) {
        const r = await call(who, "POST", `/store/producer/products/${id}/photos`, body)
        expect([status, r.status, r.body.message]).toEqual([status, status, expect.stringMatching(message)])
      }
      expect(created).not.toHaveBeenCalled()
      expect(await storeImages()).toEqual(before)
      created.mockRestore()

      const sent = await upload(owner, p.id, photoForm({ bytes: jpeg, type: "image/jpeg" }))
      expect([sent.status, sent.body.waiting]).toEqual([201, false])
      const photo = sent.body.photos.at(-1) as Photo
      expect(photo.widths.map((w) => [w.width, w.height])).toEqual([
        [400, 300],
        [800, 600],
        [1600, 1200],
      ])
      const live = await storeImages()
      const image = live.images.find((i) => i.url === photo.url)!
      expect(image.metadata?.file_ids).toHaveLength(3)
      for (const [i, id] of image.metadata!.file_ids!.entries()) {
        const bytes = await files().getAsBuffer(id)
        const meta = await sharp(bytes).metadata()
        expect([meta.format, meta.width, meta.exif, bytes.includes("SpyPhone")]).toEqual([
          "webp",
          photo.widths[i].width,
          undefined,
          false,
        ])
      }
      expect(live.thumbnail).toBe(before.thumbnail)

      // First, alone: the seed's picture removed (it is no file of the producer's, so nothing is deleted).
      expect((await arrange(owner, p.id, [photo.id])).status).toBe(200)
      expect(await storeImages()).toMatchObject({ thumbnail: photo.url, images: [{ url: photo.url }] })
      expect((await arrange(owner, p.id, [photo.id, "pph_nope"])).status).toBe(404)
      expect((await arrange(other, p.id, [])).status).toBe(404)
      expect((await arrange(owner, p.id, [])).status).toBe(200)
      expect(await storeImages()).toMatchObject({ thumbnail: null, images: [] })
      expect(await Promise.all(image.metadata!.file_ids!.map(stored))).toEqual([false, false, false])
    })

    it("holds a gallery change for an official in review mode: accepted it goes live, returned its files are deleted", async () => {
      const p = await mine()
      await setGroupMode(p.id, "review")
      const before = await storeImages()
      const jpeg = await cameraJpeg()
      const held = await upload(owner, p.id, photoForm({ bytes: jpeg, type: "image/jpeg" }))
      expect([held.status, held.body.waiting, held.body.photos.length]).toEqual([201, true, p.photos.length + 1])
      expect(await storeImages()).toEqual(before)
      const waiting = (await mine()).change_request!
      expect(waiting.proposed.gallery).toEqual(held.body.photos)
      const row = (await ok(official(), "GET", "/admin/producers/change-requests")).change_requests.find(
        (r: { id: string }) => r.id === waiting.id,
      )
      expect(row.current.gallery).toEqual(p.photos)
      await ok(official(), "POST", `/admin/producers/change-requests/${waiting.id}/accept`, {})
      const accepted = await storeImages()
      expect(accepted.images.map((i) => i.url)).toEqual(held.body.photos.map((x: Photo) => x.url))

      const again = await upload(owner, p.id, photoForm({ bytes: jpeg, type: "image/jpeg" }))
      const extra = (await mine()).change_request!.proposed.gallery!.at(-1)!
      expect(extra.id).toBe(again.body.photos.at(-1).id)
      const request = (await mine()).change_request!
      await ok(official(), "POST", `/admin/producers/change-requests/${request.id}/return`, { note: "Ảnh mờ" })
      expect(await storeImages()).toEqual(accepted)
      const [returned] = await getContainer()
        .resolve<{
          listProducerChangeRequests(f: object): Promise<{ proposed: { gallery: { file_ids: string[] }[] } }[]>
        }>("producer")
        .listProducerChangeRequests({ id: request.id })
      const extraFiles = returned.proposed.gallery.at(-1)!.file_ids
      const liveFiles = accepted.images.flatMap((i) => i.metadata?.file_ids ?? [])
      expect([extraFiles.length, liveFiles.length]).toEqual([3, 3])
      expect(await Promise.all([...extraFiles, ...liveFiles].map(stored))).toEqual([
        ...extraFiles.map(() => false),
        ...liveFiles.map(() => true),
      ])
      await setGroupMode(p.id, "live")
    })

    it("proposes a product as a draft of its own, off the Store API until an official imports a certificate naming it; tells its story", async () => {
      const coffee = await mine()
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["categories.id", "categories.metadata"], filters: { id: coffee.id } })
      const group = (data[0] as unknown as { categories: { id: string; metadata: { ocop_code: string } }[] })
        .categories[0]
      const proposal = {
        title: "Cà phê chồn Tà Lu",
        title_en: "Ta Lu weasel coffee",
        description: "Cà phê hạt chọn lọc, rang vừa.",
        description_en: "Selected beans, medium roast.",
        group_code: group.metadata.ocop_code,
        variants: [
          { title: "Gói 250 g", title_en: "250 g bag", price: 180_000, weight: 260 },
          { title: "Gói 500 g", title_en: "500 g bag", price: 340_000, weight: 510 },
        ],
      }
      const bad: [object, RegExp][] = [
        [{ ...proposal, status: "published" }, /status/],
        [{ ...proposal, variants: [] }, /variants/],
        [{ ...proposal, variants: [{ title: "Gói", price: -1 }] }, /price/],
        [{ ...proposal, title: "!!!" }, /letters or digits/],
        [{ ...proposal, group_code: "IX.9" }, /names no OCOP product group/],
      ]
      for (const [body, message] of bad) {
        const r = await call(owner, "POST", "/store/producer/proposals", body)
        expect([r.status, r.body.message]).toEqual([400, expect.stringMatching(message)])
      }
      const made = await call(owner, "POST", "/store/producer/proposals", proposal)
      expect(made.status).toBe(201)
      const { product } = made.body.proposal
      expect(product).toMatchObject({ title: proposal.title, handle: "ca-phe-chon-ta-lu", status: "draft" })
      const own = (await products(owner)).find((x) => x.id === product.id)!
      expect(own.variants.map((v) => v.price).sort()).toEqual([180_000, 340_000])
      expect((await products(other)).some((x) => x.id === product.id)).toBe(false)
      const shelf = async () =>
        (
          await ok(
            {},
            "GET",
            `/store/products?handle=${product.handle}&fields=title,*categories,*variants.calculated_price&region_id=${shop.regionId}`,
          )
        ).products as {
          title: string
          categories: { id: string }[]
          variants: { calculated_price: { calculated_amount: number } }[]
        }[]
      expect(await shelf()).toEqual([])
      const listed = async () =>
        (await ok(official(), "GET", "/admin/producers/proposals")).proposals.find(
          (x: { id: string }) => x.id === made.body.proposal.id,
        )
      expect(await listed()).toMatchObject({ listed: false, certificates: 0, subject: { key: "ta-lu" } })
      // The producer's own edits never list it.
      expect((await edit(owner, product.id, { description: "Mô tả mới" })).status).toBe(200)
      expect(await shelf()).toEqual([])

      // An official certifies it through the registry import, naming its handle.
      const { rows } = demoRegistry()
      const row = rows.find((r) => r.subject_key === "ta-lu")!
      const csv = registryCsv([{ ...row, certificate_number: "DEMO-QT-2026-DX01", product_handle: product.handle }])
      const run = (await ok(official(), "POST", "/admin/ocop/registry/import", { csv, dry_run: false })).run
      expect(run.counts).toMatchObject({ issued: 1, rejected: 0 })
      const [onSale] = await shelf()
      expect([onSale.title, onSale.categories.map((c) => c.id)]).toEqual([proposal.title, [group.id]])
      expect(onSale.variants.map((v) => v.calculated_price.calculated_amount).sort()).toEqual([180_000, 340_000])
      expect(await listed()).toMatchObject({ listed: true, certificates: 1 })

      const story = {
        story_vi: "Hợp tác xã trồng cà phê trên đồi Tà Lu.",
        story_en: "A co-operative growing coffee on the Ta Lu hills.",
      }
      expect((await call(owner, "POST", "/store/producer/stall", { story_vi: "x".repeat(3001) })).status).toBe(400)
      const saved = await ok(owner, "POST", "/store/producer/stall", story)
      expect(saved.stall).toMatchObject({ key: "ta-lu", ...story })
      expect((await ok({}, "GET", "/store/ocop/producers/ta-lu")).producer).toMatchObject(story)
      const points = await ok({}, "GET", "/store/ocop/producers/ta-lu/sales-points?locale=en-US")
      expect(Array.isArray(points.sales_points)).toBe(true)
      expect((await call({}, "GET", "/store/ocop/producers/nope/sales-points")).status).toBe(404)
    })
  },
})
