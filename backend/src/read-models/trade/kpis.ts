import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { computeKpis, vietnamDate, type KpiFacts } from "@ocop/core"
import { PLAN_76 } from "../../data/plan-76"
import { tradeService } from "../../access/trade"

export const PLAN = PLAN_76

/** The period a dashboard opens on: this calendar year so far. */
export const defaultPeriod = (today = vietnamDate()) => ({ from: `${today.slice(0, 4)}-01-01`, to: today })

const dayOf = (at: Date | string) => vietnamDate(new Date(at))

/** Everything the KPIs are computed from, read from the OCOP and trade modules. */
export async function kpiFacts(container: MedusaContainer): Promise<KpiFacts> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const trade = tradeService(container)
  const [{ data: certificates }, { data: subjects }, exhibitors, events, offers, businesses, agreements] =
    await Promise.all([
      query.graph({
        entity: "certificate",
        fields: ["stars", "decision_date", "valid_until", "status", "subject_id", "product.id"],
      }),
      query.graph({ entity: "subject", fields: ["id", "type"] }),
      trade.listExhibitors({}, { take: null, select: ["subject_id", "product_ids", "event_id"] }),
      trade.listTradeEvents({}, { take: null, select: ["id", "starts_on"] }),
      trade.listOffers({}, { take: null, select: ["business_id", "product_id", "created_at"] }),
      trade.listBusinesses({ subject_id: { $ne: null } }, { take: null, select: ["id", "subject_id"] }),
      trade.listAgreements({}, { take: null, relations: ["lines", "deliveries"] }),
    ])
  const eventDay = new Map(events.map((e) => [e.id, e.starts_on]))
  const subjectOf = new Map(businesses.map((b) => [b.id, b.subject_id!]))
  type CertRow = {
    stars: number
    decision_date: string
    valid_until: string
    status: string
    subject_id: string | null
    product?: { id: string } | null
  }
  return {
    certificates: (certificates as CertRow[])
      .filter((c) => c.product?.id && c.subject_id)
      .map((c) => ({
        product_id: c.product!.id,
        subject_id: c.subject_id!,
        stars: c.stars,
        decision_date: c.decision_date,
        valid_until: c.valid_until,
        status: c.status,
      })),
    subjects: subjects as { id: string; type: string }[],
    exhibitors: exhibitors.map((x) => ({
      subject_id: x.subject_id,
      product_ids: x.product_ids ?? [],
      on: eventDay.get((x as unknown as { event_id: string }).event_id) ?? "",
    })),
    offers: offers
      .filter((o) => subjectOf.has(o.business_id))
      .map((o) => ({ subject_id: subjectOf.get(o.business_id)!, product_id: o.product_id, on: dayOf(o.created_at) })),
    agreements: agreements.map((a) => ({
      id: a.id,
      status: a.status,
      signed_on: a.signed_on,
      value: Number(a.value),
      product_ids: (a.lines ?? []).map((l) => l.product_id),
    })),
    // A delivery counts once the other party (or an official) confirmed it.
    deliveries: agreements.flatMap((a) =>
      (a.deliveries ?? [])
        .filter((d) => d.status === "confirmed")
        .map((d) => ({ agreement_id: a.id, value: Number(d.value) })),
    ),
  }
}

export async function kpis(container: MedusaContainer, period: { from: string; to: string }) {
  return computeKpis(await kpiFacts(container), period, PLAN.targets)
}
