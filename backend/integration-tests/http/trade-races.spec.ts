import { integrationTestRunner } from "../helpers/runner"
import { statusAfterDelivery, vietnamDate } from "@ocop/core"
import { seedDemoShop, type OcopTestService } from "../helpers/demo"
import { portalClient, type Reply, type Who } from "../helpers/portal"
import { tradeOf } from "../../src/workflows/trade/common/records"

/**
 * Each race is run several times, so an interleaving that breaks only sometimes is still caught; three
 * keeps the suite within the test budget (OCOP_RACE_TRIALS runs more, e.g. 20 before a release).
 */
const TRIALS = Number(process.env.OCOP_RACE_TRIALS) || 3
const CONFERENCE = "ket-noi-cung-cau-ocop"

integrationTestRunner({
  inApp: true,
  sharedDemoShop: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    let buyer: { who: Who; id: string }
    let seller: { who: Who; id: string }
    let oil: string
    const { official, call, ok, pending } = portalClient(api, getContainer, () => shop)
    const subjectId = async (key: string) =>
      (await getContainer().resolve<OcopTestService>("ocop").listSubjects({ key }))[0].id
    const review = (id: string, body: Record<string, unknown>) =>
      call(official(), "POST", `/admin/trade/businesses/${id}/review`, body)

    /** A draft between the buyer and the seller for 1,000 ₫ of the seller's oil. */
    const draft = async (kind: "mou" | "contract") =>
      (
        await ok(buyer.who, "POST", "/store/trade/me/agreements", {
          kind,
          counterpart_id: seller.id,
          lines: [{ product_id: oil, quantity: 10, unit_price: 100 }],
          term_start: vietnamDate(),
          term_end: "2027-12-31",
        })
      ).agreement.id as string
    const agreement = async (id: string) => (await ok(buyer.who, "GET", `/store/trade/me/agreements/${id}`)).agreement
    const statuses = (replies: Reply[]) => replies.map((r) => r.status).sort()

    beforeAll(async () => {
      shop = await seedDemoShop(getContainer(), api)
      buyer = await pending("dua-mua@example.vn", "3200998001", "distributor")
      seller = await pending("dua-ban@example.vn", "3200998002", "producer")
      expect((await review(buyer.id, { status: "verified" })).status).toBe(200)
      expect((await review(seller.id, { status: "verified", subject_id: await subjectId("tuan-linh") })).status).toBe(
        200,
      )
      const { products } = await ok({}, "GET", "/store/products?handle=nam-moc-nhi-tuan-linh&fields=id")
      oil = products[0].id
    })

    it("finding 2: concurrent signatures of both parties make a signed MoU", async () => {
      for (let trial = 0; trial < TRIALS; trial++) {
        const id = await draft("mou")
        const replies = await Promise.all(
          [buyer, seller].map((p) => call(p.who, "POST", `/store/trade/me/agreements/${id}/sign`, {})),
        )
        expect(statuses(replies)).toEqual([200, 200])
        const signed = await agreement(id)
        expect(signed).toMatchObject({ status: "signed_mou", signed_on: vietnamDate() })
      }
    })

    it("finding 2: concurrent deliveries and confirmations count each delivery once, and the status follows their sum", async () => {
      for (let trial = 0; trial < TRIALS; trial++) {
        const id = await draft("contract")
        for (const party of [buyer, seller]) await ok(party.who, "POST", `/store/trade/me/agreements/${id}/sign`, {})
        const recorders = [seller, buyer, seller, buyer]
        const replies = await Promise.all(
          recorders.map((p) =>
            call(p.who, "POST", `/store/trade/me/agreements/${id}/deliveries`, {
              delivered_on: vietnamDate(),
              quantity: 4,
              value: 400,
            }),
          ),
        )
        // Recorded deliveries wait for the other party: all four are kept, none counts yet.
        expect(statuses(replies)).toEqual([201, 201, 201, 201])
        const recorded = await agreement(id)
        expect(recorded).toMatchObject({ status: "contract", realised: 0, pending_value: 1600 })
        // Each delivery is confirmed at once by the other party and by an official: one of the two wins.
        const confirmations = await Promise.all(
          recorded.deliveries.flatMap((d: { id: string; recorded_by: "buyer" | "seller" }) => [
            call(
              (d.recorded_by === "buyer" ? seller : buyer).who,
              "POST",
              `/store/trade/me/agreements/${id}/deliveries/${d.id}/confirm`,
              {},
            ),
            call(official(), "POST", `/admin/trade/agreements/${id}/deliveries/${d.id}/confirm`, {}),
          ]),
        )
        expect(statuses(confirmations)).toEqual([200, 200, 200, 200, 400, 400, 400, 400])
        for (const refused of confirmations.filter((r) => r.status !== 200))
          expect(refused.body.message).toMatch(/already confirmed/)
        const after = await agreement(id)
        expect(after.deliveries.map((d: { status: string }) => d.status)).toEqual(Array(4).fill("confirmed"))
        expect(after.realised).toBe(1600)
        expect(after.status).toBe(statusAfterDelivery("in_delivery", after.realised, 1000))
        // The confirmations that took the confirmed total past 1,000 ₫ (to 1,200 and 1,600) are flagged.
        expect(after.deliveries.filter((d: { over_delivery: boolean }) => d.over_delivery)).toHaveLength(2)
        expect(after).toMatchObject({ status: "fulfilled", over_delivered: true, pending_value: 0 })
      }
    })

    it("finding 2: both parties cancelling at once: one cancels, the other is told it is cancelled", async () => {
      for (let trial = 0; trial < TRIALS; trial++) {
        const id = await draft("mou")
        const replies = await Promise.all(
          [buyer, seller].map((p) => call(p.who, "POST", `/store/trade/me/agreements/${id}/cancel`)),
        )
        expect(statuses(replies)).toEqual([200, 400])
        expect(replies.find((r) => r.status === 400)!.body.message).toMatch(/is cancelled and cannot be cancelled/)
        expect((await agreement(id)).status).toBe("cancelled")
      }
    })

    it("finding 2: accepting and declining a meeting at once: one answer wins, the slot follows it", async () => {
      const event = (await ok({}, "GET", `/store/trade/events/${CONFERENCE}`)).event
      const first = Date.parse(`${event.starts_on}T08:00:00+07:00`)
      for (let trial = 0; trial < TRIALS; trial++) {
        const slot = new Date(first + trial * event.meetings.slot_minutes * 60_000).toISOString()
        const { meeting } = await ok(buyer.who, "POST", "/store/trade/me/meetings", {
          event_id: event.id,
          counterpart_id: seller.id,
          slot_start: slot,
        })
        const replies = await Promise.all(
          ["accept", "decline"].map((answer) =>
            call(seller.who, "POST", `/store/trade/me/meetings/${meeting.id}/answer`, { answer }),
          ),
        )
        expect(statuses(replies)).toEqual([200, 400])
        const won = replies.find((r) => r.status === 200)!.body.meeting
        const { slots } = await ok(
          buyer.who,
          "GET",
          `/store/trade/me/events/${event.id}/slots?counterpart_id=${seller.id}`,
        )
        const free = slots.find((s: { start: string }) => s.start === slot).free
        expect({ status: won.status, free }).toEqual(
          won.status === "accepted" ? { status: "accepted", free: false } : { status: "declined", free: true },
        )
      }
    })

    it("finding 2: two accounts verified for one OCOP subject at once: one is verified, the other refused", async () => {
      const subject = await subjectId("ta-lu")
      for (let trial = 0; trial < TRIALS; trial++) {
        const rivals = await Promise.all(
          [1, 2].map((k) => pending(`ta-lu-${trial}-${k}@example.vn`, `32009981${trial}${k}`, "producer")),
        )
        const replies = await Promise.all(rivals.map((r) => review(r.id, { status: "verified", subject_id: subject })))
        expect(statuses(replies)).toEqual([200, 422])
        expect(replies.find((r) => r.status === 422)!.body.message).toMatch(/already has a verified account/)
        const verified = await tradeOf(getContainer()).listBusinesses({ subject_id: subject, status: "verified" })
        expect(verified).toHaveLength(1)
        // Rejecting the winner frees the subject for the next trial.
        expect((await review(verified[0].id, { status: "rejected", note: "thử" })).status).toBe(200)
      }
    })
  },
})
