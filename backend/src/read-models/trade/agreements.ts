import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaResponse } from "@medusajs/framework/http"
import { sent, type AgreementView } from "@ocop/core"
import { asParty, ownedOr404, tradeService } from "../../access/trade"
import { documentFilename } from "../../uploads/agreement-documents"
import { companyNames } from "./views"

const RELATIONS = ["lines", "documents", "deliveries"]

type Agreement = Awaited<ReturnType<ReturnType<typeof tradeService>["retrieveAgreement"]>>

const sum = (rows: { value: unknown }[]) => rows.reduce((total, d) => total + Number(d.value), 0)

/**
 * An agreement with its lines, documents (names only) and deliveries, and the value realised by
 * confirmed deliveries, as `viewer` sees it: a party's business id, or null for an official. A
 * delivery's marketplace order is the buyer's: its id would let anyone holding it read the order,
 * so only the buyer and officials see it.
 */
export async function agreementView(
  container: MedusaContainer,
  a: Agreement,
  viewer: string | null,
): Promise<AgreementView> {
  const names = await companyNames(tradeService(container), [a.buyer_id, a.seller_id])
  const deliveries = [...(a.deliveries ?? [])].sort((x, y) => x.delivered_on.localeCompare(y.delivered_on))
  const realised = sum(deliveries.filter((d) => d.status === "confirmed"))
  const seesOrders = viewer === null || viewer === a.buyer_id
  return {
    id: a.id,
    kind: a.kind,
    status: a.status,
    buyer: { id: a.buyer_id, company_name: names.get(a.buyer_id) ?? null },
    seller: { id: a.seller_id, company_name: names.get(a.seller_id) ?? null },
    event_id: a.event_id,
    meeting_id: a.meeting_id,
    term_start: a.term_start,
    term_end: a.term_end,
    value: Number(a.value),
    realised,
    pending_value: sum(deliveries.filter((d) => d.status === "pending")),
    over_delivered: realised > Number(a.value),
    buyer_signed_at: sent(a.buyer_signed_at),
    seller_signed_at: sent(a.seller_signed_at),
    signed_on: a.signed_on,
    lines: (a.lines ?? []).map((l) => ({
      product_id: l.product_id,
      title: l.title,
      quantity: l.quantity,
      unit_price: Number(l.unit_price),
    })),
    documents: (a.documents ?? []).map((d) => ({
      id: d.id,
      filename: d.filename,
      size: d.size,
      created_at: sent(d.created_at),
    })),
    deliveries: deliveries.map((d) => ({
      id: d.id,
      delivered_on: d.delivered_on,
      quantity: d.quantity,
      value: Number(d.value),
      order_id: seesOrders ? d.order_id : null,
      note: d.note,
      recorded_by: d.recorded_by === a.buyer_id ? ("buyer" as const) : ("seller" as const),
      status: d.status,
      confirmed_at: d.confirmed_at ? sent(d.confirmed_at) : null,
      over_delivery: d.over_delivery,
    })),
    created_at: sent(a.created_at),
  }
}

/** An agreement the business is a party to (or any, for an official: `businessId` null), or a 404. */
export const findAgreement = (container: MedusaContainer, id: string, businessId: string | null) =>
  ownedOr404(
    tradeService(container).listAgreements(
      { id, ...(businessId ? asParty(businessId, "buyer_id", "seller_id") : {}) },
      { relations: RELATIONS, take: 1 },
    ),
    `agreement ${id}`,
  )

export const listAgreementsOf = (
  container: MedusaContainer,
  businessId: string | null,
  filter: Record<string, unknown> = {},
) =>
  tradeService(container).listAgreements(
    { ...filter, ...(businessId ? asParty(businessId, "buyer_id", "seller_id") : {}) },
    { relations: RELATIONS, take: null, order: { created_at: "DESC" } },
  )

/** Streams an agreement's PDF to a party or an official; never cached on the way. */
export async function sendAgreementDocument(
  container: MedusaContainer,
  agreement: Agreement,
  documentId: string,
  res: MedusaResponse,
) {
  const document = await ownedOr404(
    Promise.resolve((agreement.documents ?? []).filter((d) => d.id === documentId)),
    `document ${documentId}`,
  )
  const stream = await container.resolve(Modules.FILE).getDownloadStream(document.file_id)
  res.setHeader("Content-Type", "application/pdf")
  // Names stored before uploads were cleaned are cleaned again; plain ASCII first for old clients.
  const filename = documentFilename(document.filename)
  const ascii = filename.normalize("NFD").replace(/[^\x20-\x7e]|["\\]/g, "")
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
  )
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  stream.pipe(res)
}
