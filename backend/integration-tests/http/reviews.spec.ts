import { Modules } from "@medusajs/framework/utils"
import sharp from "sharp"
import { REVIEW_MODULE } from "../../src/modules/review/name"
import { reviewsSource } from "../../src/personal-data/sources/reviews"
import type ReviewModuleService from "../../src/modules/review/service"
import { integrationTestRunner } from "../helpers/runner"
import { demoRegistry, seedDemoShop } from "../helpers/demo"
import { placeOrder } from "../helpers/orders"
import { portalClient, type Who } from "../helpers/portal"
import { cameraJpeg, photoForm } from "../helpers/producer-stall"

const HANDLE = "gao-huu-co-quang-tri"
/** Another listed product, without reviews. */
const OTHER = "hat-tieu-cua"
const MARKUP = '<script>alert("x")</script> Nấm <b>ngon</b>, đóng gói kỹ & sạch.'

/**
 * Reviews from real buyers (docs/reviews.md, decision 037): only the buyer of a delivered line
 * reviews it, once; an official's approval shows it; the summary and the list follow the approved
 * reviews only; the producer's reply waits for moderation too (rewritten once after a rejection); the
 * lists' ratings count approved reviews of listed products; a vote counts once; a revoked product's reviews are shown
 * nowhere; photos are checked as producers' photos are.
 */
integrationTestRunner({
  inApp: true,
  sharedDemoShop: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    const { official, call, ok, customer, business } = portalClient(api, getContainer, () => shop)
    const reviews = () => getContainer().resolve<ReviewModuleService>(REVIEW_MODULE)
    const files = () => getContainer().resolve(Modules.FILE)

    beforeAll(async () => {
      shop = await seedDemoShop(getContainer(), api)
    })

    it("takes a review only from the buyer of a delivered line, once; shows it once approved, with its summary, moderated reply, list ratings and votes; hides it when the product is revoked; exports and erases a buyer's reviews and votes", async () => {
      const started = Date.now()
      const owner = (await business("rv-nsx@example.vn", "3200990001", "producer", "qt-organic")).who
      const [lan, minh, stranger] = [
        await customer("rv-lan@example.vn"),
        await customer("rv-minh@example.vn"),
        await customer("rv-la@example.vn"),
      ]
      await ok(lan, "POST", "/store/customers/me", { first_name: "Lan" })
      const { products } = await ok({}, "GET", `/store/products?handle=${HANDLE}&fields=id,variants.id`)
      const [{ id: productId, variants }] = products
      for (const v of variants)
        await ok(owner, "POST", "/store/producer/stock", { variant_id: v.id, stocked_quantity: 20 })
      // Lan buys both sizes in one order (two lines, two reviews), Minh one.
      const buy = (who: Who, lines: [string, number][]) =>
        placeOrder({ ok }, getContainer, { regionId: shop.regionId, lines, who })
      const lanOrder = await buy(
        lan,
        variants.map((v: { id: string }) => [v.id, 1]),
      )
      const minhOrder = await buy(minh, [[variants[0].id, 1]])
      const lineOf = (o: Awaited<ReturnType<typeof buy>>, variant: number) =>
        o.order.items.find((i: { variant_id: string }) => i.variant_id === variants[variant].id).id as string
      const itemOf = (o: Awaited<ReturnType<typeof buy>>) => lineOf(o, 0)
      const deliver = async (orderId: string) => {
        const { orders } = await ok(owner, "GET", "/store/producer/orders?limit=100")
        const part = orders.find((o: { order_id: string }) => o.order_id === orderId)
        await ok(owner, "POST", `/store/producer/orders/${part.id}/ship`, {
          carrier: "ghtk",
          tracking_number: "GHTK-7",
        })
        await ok(owner, "POST", `/store/producer/orders/${part.id}/deliver`, {})
      }
      const write = (who: Who, body: object | FormData) => call(who, "POST", "/store/ocop/me/reviews", body)
      const review = (item: string, rating = 4, text = MARKUP) => ({ item_id: item, rating, text })
      const publicReviews = (query = "") => call({}, "GET", `/store/ocop/products/${productId}/reviews${query}`)

      // Not delivered yet: nothing to review, and a review is refused.
      expect((await ok(lan, "GET", "/store/ocop/me/reviews")).reviewable).toEqual([])
      const early = await write(lan, review(itemOf(lanOrder)))
      expect([early.status, early.body.message]).toEqual([400, expect.stringMatching(/not been delivered/)])
      await deliver(lanOrder.order.id)
      await deliver(minhOrder.order.id)
      expect(
        (await ok(lan, "GET", "/store/ocop/me/reviews")).reviewable.map((i: { item_id: string }) => i.item_id).sort(),
      ).toEqual([lineOf(lanOrder, 0), lineOf(lanOrder, 1)].sort())

      // Refusals: another's line, no account, bad stars or text, photos that are not images or too big; nothing stored.
      const created = vi.spyOn(files(), "createFiles")
      const jpeg = await cameraJpeg()
      const form = (fields: Record<string, string>, ...photos: { bytes: Uint8Array; type: string }[]) => {
        const f = photoForm(...photos)
        for (const [k, v] of Object.entries(fields)) f.append(k, v)
        return f
      }
      const fields = { item_id: itemOf(lanOrder), rating: "4", text: MARKUP }
      const refusals: [Who, object | FormData, number, RegExp][] = [
        [stranger, review(itemOf(lanOrder)), 404, /No such item/],
        [minh, review(itemOf(lanOrder)), 404, /No such item/],
        [{}, review(itemOf(lanOrder)), 401, /Unauthorized/],
        [lan, review(itemOf(lanOrder), 6), 400, /rating/],
        [lan, review(itemOf(lanOrder), 0), 400, /rating/],
        [lan, review(itemOf(lanOrder), 5, "ngắn"), 400, /text.*10/],
        [lan, review(itemOf(lanOrder), 5, "x".repeat(2001)), 400, /text.*2000/],
        [lan, { ...review(itemOf(lanOrder)), status: "approved" }, 400, /status|Unrecognized/],
        [lan, form(fields, { bytes: Buffer.from("%PDF-1.7\n%%EOF"), type: "image/jpeg" }), 400, /not an image/],
        [lan, form(fields, { bytes: new Uint8Array(30 * 1024 * 1024), type: "image/jpeg" }), 413, /larger than 25 MB/],
        [lan, form(fields, ...Array(4).fill({ bytes: jpeg, type: "image/jpeg" })), 400, /up to 3 photos/],
      ]
      for (const [who, body, status, message] of refusals) {
        const r = await write(who, body)
        expect([status, r.status, r.body.message]).toEqual([status, status, expect.stringMatching(message)])
      }
      expect(created).not.toHaveBeenCalled()
      created.mockRestore()
      expect(await reviews().listProductReviews({ product_id: productId })).toEqual([])

      // Lan's review with a phone photo: kept as WebP without the camera's EXIF, waiting for moderation.
      const sent = await write(lan, form(fields, { bytes: jpeg, type: "image/jpeg" }))
      expect([sent.status, sent.body.review.status, sent.body.review.text]).toEqual([201, "pending", MARKUP])
      expect(sent.body.review.photos[0].widths.map((w: { width: number }) => w.width)).toEqual([400, 800, 1600])
      const [row] = await reviews().listProductReviews({ id: sent.body.review.id })
      for (const id of (row.photos as { items: { file_ids: string[] }[] }).items[0].file_ids) {
        const bytes = await files().getAsBuffer(id)
        const meta = await sharp(bytes).metadata()
        expect([meta.format, meta.exif, bytes.includes("SpyPhone")]).toEqual(["webp", undefined, false])
      }
      // Once per line: again is 409; two at once for Minh's line, one is taken.
      const again = await write(lan, review(itemOf(lanOrder)))
      expect([again.status, again.body.message]).toEqual([409, expect.stringMatching(/already been reviewed/)])
      const both = await Promise.all(
        [1, 2].map(() => write(minh, review(itemOf(minhOrder), 2, "Nấm hơi vụn, giao chậm."))),
      )
      expect(both.map((r) => [r.status, r.body.message]).sort()).toEqual([
        [201, undefined],
        [409, expect.stringMatching(/already been reviewed/)],
      ])
      const minhReview = both.find((r) => r.status === 201)!.body.review

      // Moderation: nothing shown until an official approves; a rejection needs a reason and is never shown.
      expect((await publicReviews()).body).toMatchObject({ summary: { count: 0, average: null }, reviews: [] })
      const queue = (await ok(official(), "GET", "/admin/reviews")).reviews.map((r: { id: string }) => r.id)
      expect(queue).toEqual(expect.arrayContaining([sent.body.review.id, minhReview.id]))
      expect((await call(official(), "POST", `/admin/reviews/${minhReview.id}/reject`, {})).status).toBe(400)
      await ok(official(), "POST", `/admin/reviews/${sent.body.review.id}/approve`, {})
      const twice = await call(official(), "POST", `/admin/reviews/${sent.body.review.id}/approve`, {})
      expect([twice.status, twice.body.message]).toEqual([409, expect.stringMatching(/already been moderated/)])
      const third = (
        await ok(lan, "POST", "/store/ocop/me/reviews", review(lineOf(lanOrder, 1), 1, "Sản phẩm không như ảnh chụp."))
      ).review
      await ok(official(), "POST", `/admin/reviews/${third.id}/reject`, { reason: "Nội dung không liên quan" })
      await ok(official(), "POST", `/admin/reviews/${minhReview.id}/approve`, {})
      const mine = (await ok(lan, "GET", "/store/ocop/me/reviews")).reviews
      expect(mine.find((r: { id: string }) => r.id === third.id)).toMatchObject({
        status: "rejected",
        rejection_reason: "Nội dung không liên quan",
      })

      // The summary and the list are the approved reviews only (4★ and 2★), the text as written.
      const shown = (await publicReviews()).body
      expect(shown.summary).toEqual({ count: 2, average: 3, distribution: { 5: 0, 4: 1, 3: 0, 2: 1, 1: 0 } })
      // Both are real buyers': the structured data's summary is the same.
      expect(shown.real_summary).toEqual(shown.summary)
      expect(shown.reviews.map((r: { id: string }) => r.id).sort()).toEqual([sent.body.review.id, minhReview.id].sort())
      expect(shown.reviews.find((r: { id: string }) => r.id === sent.body.review.id)).toMatchObject({
        text: MARKUP,
        author: "Lan",
        demo: false,
      })

      // Helpful once, not one's own; the most helpful first.
      const vote = (who: Who, id: string) => call(who, "POST", "/store/ocop/me/review-votes", { review_id: id })
      expect((await vote(minh, sent.body.review.id)).body).toEqual({ review_id: sent.body.review.id, helpful_count: 1 })
      expect((await vote(minh, sent.body.review.id)).status).toBe(409)
      expect((await vote(lan, sent.body.review.id)).status).toBe(403)
      expect((await vote(stranger, third.id)).status).toBe(404)
      expect((await vote({}, sent.body.review.id)).status).toBe(401)
      expect((await publicReviews("?sort=helpful")).body.reviews[0]).toMatchObject({
        id: sent.body.review.id,
        helpful_count: 1,
      })
      expect((await publicReviews("?sort=best")).status).toBe(400)

      // The producer's reply waits for officials as the review did: not shown, nor read by the buyer,
      // until approved; decided once, by the same rule; a rejected reply may be written once more.
      const replyTo = (id: string, text: string) => call(owner, "POST", `/store/producer/reviews/${id}/reply`, { text })
      const decideReply = (id: string, action: "approve" | "reject", body: object = {}) =>
        call(official(), "POST", `/admin/reviews/${id}/reply/${action}`, body)
      const shownReply = async (id: string) =>
        (await publicReviews()).body.reviews.find((r: { id: string }) => r.id === id).reply
      const producerSide = async (id: string) =>
        (await ok(owner, "GET", "/store/producer/reviews")).reviews.find((r: { id: string }) => r.id === id)
      const replyQueue = async (status = "pending") =>
        (await ok(official(), "GET", `/admin/reviews?what=reply&status=${status}`)).reviews.map(
          (r: { id: string }) => r.id,
        )
      expect((await decideReply(minhReview.id, "approve")).status).toBe(404) // no reply yet
      expect((await replyTo(minhReview.id, "Gọi 0912 345 678 để được đổi hàng.")).status).toBe(200)
      expect(await shownReply(minhReview.id)).toBeNull()
      expect(await producerSide(minhReview.id)).toMatchObject({
        reply: null,
        reply_state: { status: "pending", attempts: 1, text: "Gọi 0912 345 678 để được đổi hàng." },
        may_reply: false,
      })
      expect((await replyTo(minhReview.id, "Lần nữa")).status).toBe(409) // waiting: final until decided
      expect(await replyQueue()).toContain(minhReview.id)
      expect((await ok(official(), "GET", "/admin/reviews")).reviews.map((r: { id: string }) => r.id)).not.toContain(
        minhReview.id,
      )
      const reasonless = await decideReply(minhReview.id, "reject")
      expect([reasonless.status, reasonless.body.message]).toEqual([400, expect.stringMatching(/reason/)])
      await decideReply(minhReview.id, "reject", { reason: "Không đăng số điện thoại cá nhân" })
      expect(await shownReply(minhReview.id)).toBeNull()
      expect(await producerSide(minhReview.id)).toMatchObject({
        reply_state: { status: "rejected", rejection_reason: "Không đăng số điện thoại cá nhân" },
        may_reply: true,
      })
      // Written once more, then approved by one of two officials deciding at once.
      await replyTo(minhReview.id, "Xin lỗi anh, lô sau chúng tôi đóng hộp cứng.")
      const decisions = await Promise.all([1, 2].map(() => decideReply(minhReview.id, "approve")))
      expect(decisions.map((r) => [r.status, r.body.message]).sort()).toEqual([
        [200, undefined],
        [409, expect.stringMatching(/reply has already been moderated/)],
      ])
      expect(await shownReply(minhReview.id)).toMatchObject({ text: "Xin lỗi anh, lô sau chúng tôi đóng hộp cứng." })
      expect(
        (await ok(minh, "GET", "/store/ocop/me/reviews")).reviews.find((r: { id: string }) => r.id === minhReview.id),
      ).toMatchObject({ reply: { text: "Xin lỗi anh, lô sau chúng tôi đóng hộp cứng." } })
      expect(await producerSide(minhReview.id)).toMatchObject({ reply_state: { status: "approved" }, may_reply: false })
      expect(await replyQueue("approved")).toContain(minhReview.id)
      expect((await replyTo(minhReview.id, "Lần nữa")).status).toBe(409) // published: final
      // Rejected twice: no third reply.
      for (const text of ["Sai rồi chị ơi.", "Chị xem lại giúp em."]) {
        await replyTo(sent.body.review.id, text)
        await decideReply(sent.body.review.id, "reject", { reason: "Lời lẽ không phù hợp" })
      }
      expect(await producerSide(sent.body.review.id)).toMatchObject({
        reply_state: { status: "rejected", attempts: 2 },
        may_reply: false,
      })
      const third_ = await replyTo(sent.body.review.id, "Cảm ơn chị.")
      expect([third_.status, third_.body.message]).toEqual([409, expect.stringMatching(/rejected twice/)])
      expect(await shownReply(sent.body.review.id)).toBeNull()
      expect((await replyTo(third.id, "Cảm ơn")).status).toBe(404) // a review not published

      // Lists where shoppers compare products: each listed product's approved reviews, and together.
      const ratings = (ids: string[]) => call({}, "GET", `/store/ocop/ratings?ids=${ids.join(",")}`)
      const { products: others } = await ok({}, "GET", `/store/products?handle=${OTHER}&fields=id`)
      const listed = await ratings([productId, others[0].id])
      expect(listed.body.products).toEqual({ [productId]: shown.summary })
      expect(listed.body.overall).toEqual(shown.summary)
      for (const bad of ["", "prod_1,%00", "x".repeat(5000), "not-an-id"])
        expect((await call({}, "GET", `/store/ocop/ratings?ids=${bad}`)).status).toBe(400)
      expect((await call({}, "GET", `/store/ocop/ratings?ids=${productId}&extra=1`)).status).toBe(400)
      // The size bought is kept by its variant, so pages name it in their language.
      expect(shown.reviews.find((r: { id: string }) => r.id === sent.body.review.id).variant_id).toBe(variants[0].id)

      // Revoked: the product's reviews are shown nowhere, and cannot be voted on.
      const number = demoRegistry().data.products.find((p) => p.handle === HANDLE)!.certificate!.number
      const { data: found } = await api.get(`/admin/ocop/certificates?q=${number}`, shop.admin)
      await api.post(
        `/admin/ocop/certificates/${found.certificates[0].id}/status`,
        { status: "revoked", reason_code: "other", decision_number: "37/QĐ-UBND", decision_date: "2026-12-01" },
        shop.admin,
      )
      expect((await publicReviews()).status).toBe(404)
      expect((await vote(stranger, minhReview.id)).status).toBe(404)
      expect((await ratings([productId])).body).toMatchObject({ products: {}, overall: { count: 0, average: null } })

      // Data rights: the export holds the buyer's reviews and votes; erasure removes its reviews (their
      // photos' files too) and takes its votes back.
      const subject = async (who: Who) => {
        const { customer: me } = await ok(who, "GET", "/store/customers/me")
        return { customerId: me.id as string, email: me.email as string }
      }
      const [lanSubject, minhSubject] = [await subject(lan), await subject(minh)]
      const exported = (await reviewsSource.collect(getContainer(), lanSubject)) as {
        reviews: { id: string; text: string; status: string; photos: string[] }[]
        helpful_votes: unknown[]
      }
      expect(exported.reviews.map((r) => [r.id, r.status]).sort()).toEqual(
        [
          [sent.body.review.id, "approved"],
          [third.id, "rejected"],
        ].sort(),
      )
      expect(exported.reviews.find((r) => r.id === sent.body.review.id)!.photos).toHaveLength(1)
      expect((await reviewsSource.collect(getContainer(), minhSubject)) as object).toMatchObject({
        helpful_votes: [{ review_id: sent.body.review.id }],
      })
      await reviewsSource.erase(getContainer(), minhSubject)
      await reviewsSource.erase(getContainer(), lanSubject)
      await reviewsSource.erase(getContainer(), lanSubject) // idempotent
      expect(await reviews().listProductReviews({ product_id: productId })).toEqual([])
      expect(
        await reviews().listProductReviewVotes({ customer_id: [lanSubject.customerId, minhSubject.customerId] }),
      ).toEqual([])
      const photoFiles = (row.photos as { items: { file_ids: string[] }[] }).items[0].file_ids
      expect(
        await Promise.all(
          photoFiles.map((id) =>
            files()
              .getAsBuffer(id)
              .then(() => true)
              .catch(() => false),
          ),
        ),
      ).toEqual(photoFiles.map(() => false))
      console.log(`reviews: the journey took ${Date.now() - started} ms`)
    })
  },
})
