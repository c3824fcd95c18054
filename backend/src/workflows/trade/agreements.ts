import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { uploadFilesStep } from "@medusajs/medusa/core-flows"
import {
  acceptsDeliveries,
  canMoveAgreement,
  isIsoDate,
  signedStatus,
  statusAfterDelivery,
  vietnamDate,
  type AgreementStatus,
} from "@ocop/core"
import { TRADE_MODULE } from "../../modules/trade/name"
import type TradeModuleService from "../../modules/trade/service"
import { tradeProducts } from "../../lib/trade/product-facts"
import { createTradeRecordsStep } from "./steps/records"

const trade = (container: { resolve: <T>(key: string) => T }) => container.resolve<TradeModuleService>(TRADE_MODULE)

export type AgreementInput = {
  kind: "mou" | "contract"
  counterpart_id: string
  event_id?: string | null
  meeting_id?: string | null
  lines: { product_id: string; quantity: number; unit_price: number }[]
  term_start: string
  term_end: string
}

/**
 * Checks a draft: the parties (one buyer, one verified producer whose products are named), the
 * products (each certified now), the term. Returns who is buyer and seller and the priced lines.
 */
const checkAgreementStep = createStep(
  "check-trade-agreement",
  async (input: { business_id: string; agreement: AgreementInput }, { container }) => {
    const { agreement } = input
    if (!isIsoDate(agreement.term_start) || !isIsoDate(agreement.term_end) || agreement.term_end < agreement.term_start)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "term_start and term_end must be YYYY-MM-DD, in order")
    if (agreement.counterpart_id === input.business_id)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "counterpart_id is your own business")
    const businesses = await trade(container).listBusinesses({
      id: [input.business_id, agreement.counterpart_id],
      status: "verified",
    })
    const me = businesses.find((b) => b.id === input.business_id)!
    const other = businesses.find((b) => b.id === agreement.counterpart_id)
    if (!other)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No verified business with id ${agreement.counterpart_id}`)
    const seller = me.subject_id ? me : other.subject_id ? other : null
    if (!seller) throw new MedusaError(MedusaError.Types.INVALID_DATA, "one party must be a verified OCOP producer")
    const buyer = seller.id === me.id ? other : me
    const products = await tradeProducts(
      container,
      agreement.lines.map((l) => l.product_id),
    )
    const lines = agreement.lines.map((l, i) => {
      const product = products.get(l.product_id)
      if (!product || product.subject_id !== seller.subject_id)
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `lines[${i}].product_id is not a product of ${seller.company_name}`,
        )
      if (!product.listed)
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `lines[${i}]: ${product.title} holds no valid OCOP certificate`,
        )
      return { product_id: l.product_id, title: product.title, quantity: l.quantity, unit_price: l.unit_price }
    })
    if (agreement.meeting_id) {
      const [meeting] = await trade(container).listMeetings({
        id: agreement.meeting_id,
        $or: [{ requester_id: me.id }, { counterpart_id: me.id }],
      })
      if (!meeting)
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `No meeting of yours with id ${agreement.meeting_id}`)
    }
    const value = lines.reduce((sum, l) => sum + l.quantity * l.unit_price, 0)
    return new StepResponse({ buyer_id: buyer.id, seller_id: seller.id, lines, value })
  },
)

/** A draft MoU or contract between the signed-in business and a counterpart. */
export const createAgreementWorkflow = createWorkflow(
  "create-trade-agreement",
  (input: { business_id: string; agreement: AgreementInput }) => {
    const checked = checkAgreementStep(input)
    const agreements = createTradeRecordsStep(
      transform({ input, checked }, ({ input, checked }) => ({
        entity: "Agreements" as const,
        data: [
          {
            kind: input.agreement.kind,
            status: "draft",
            buyer_id: checked.buyer_id,
            seller_id: checked.seller_id,
            event_id: input.agreement.event_id ?? null,
            meeting_id: input.agreement.meeting_id ?? null,
            term_start: input.agreement.term_start,
            term_end: input.agreement.term_end,
            value: checked.value,
          },
        ],
      })),
    )
    createTradeRecordsStep(
      transform({ agreements, checked }, ({ agreements, checked }) => ({
        entity: "AgreementLines" as const,
        data: checked.lines.map((l) => ({ ...l, agreement_id: agreements[0].id })),
      })),
    ).config({ name: "create-trade-agreement-lines" })
    return new WorkflowResponse(transform({ agreements }, ({ agreements }) => agreements[0]))
  },
)

/** Applies a change of an agreement's fields after checking the move; undone by restoring them. */
const changeAgreementStep = createStep(
  "change-trade-agreement",
  async (input: { id: string; data: Record<string, unknown> }, { container }) => {
    const before = await trade(container).retrieveAgreement(input.id)
    const { data } = input
    const previous = Object.fromEntries(Object.keys(data).map((k) => [k, (before as Record<string, unknown>)[k]]))
    const updated = await trade(container).updateAgreements({ id: input.id, ...data })
    return new StepResponse(updated, { id: input.id, previous })
  },
  async (undo, { container }) => {
    if (undo) await trade(container).updateAgreements({ id: undo.id, ...undo.previous })
  },
)

const signStep = createStep(
  "sign-trade-agreement",
  async (input: { business_id: string; id: string; upgrade?: boolean }, { container }) => {
    const a = await trade(container).retrieveAgreement(input.id)
    const side = a.buyer_id === input.business_id ? "buyer" : "seller"
    const status = a.status as AgreementStatus
    const now = new Date()
    let data: Record<string, unknown>
    if (input.upgrade) {
      // An MoU becomes a contract: both parties sign again, this time a contract.
      if (status !== "signed_mou" || a.kind !== "mou")
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only a signed MoU can be turned into a contract")
      data = { kind: "contract", buyer_signed_at: null, seller_signed_at: null, [`${side}_signed_at`]: now }
    } else {
      const signing = status === "draft" || (status === "signed_mou" && a.kind === "contract")
      if (!signing)
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The agreement is ${status}; there is nothing to sign`)
      if (a[`${side}_signed_at`]) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You have already signed")
      data = { [`${side}_signed_at`]: now }
      const otherSigned = a[side === "buyer" ? "seller_signed_at" : "buyer_signed_at"]
      if (otherSigned) {
        const next = signedStatus(a.kind as "mou" | "contract")
        if (!canMoveAgreement(status, next))
          throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The agreement cannot move from ${status} to ${next}`)
        data.status = next
        data.signed_on = vietnamDate(now)
      }
    }
    return new StepResponse(data)
  },
)

/** A party signs; the second signature makes the draft a signed MoU or a contract. */
export const signAgreementWorkflow = createWorkflow(
  "sign-trade-agreement",
  (input: { business_id: string; id: string; upgrade?: boolean }) => {
    const data = signStep(input)
    const agreement = changeAgreementStep(transform({ input, data }, ({ input, data }) => ({ id: input.id, data })))
    return new WorkflowResponse(agreement)
  },
)

const checkCancelStep = createStep("check-cancel-trade-agreement", async ({ id }: { id: string }, { container }) => {
  const a = await trade(container).retrieveAgreement(id)
  if (!canMoveAgreement(a.status as AgreementStatus, "cancelled"))
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The agreement is ${a.status} and cannot be cancelled`)
  return new StepResponse({ status: "cancelled" })
})

/** Cancels an agreement (a party, or an official); final statuses stay as they are. */
export const cancelAgreementWorkflow = createWorkflow("cancel-trade-agreement", (input: { id: string }) => {
  const data = checkCancelStep(input)
  return new WorkflowResponse(
    changeAgreementStep(transform({ input, data }, ({ input, data }) => ({ id: input.id, data }))),
  )
})

export type DeliveryInput = {
  delivered_on: string
  quantity?: number
  value?: number
  order_id?: string | null
  note?: string | null
}

type OrderRow = {
  id: string
  customer_id: string | null
  status: string
  created_at: string | Date
  items?: { product_id: string | null; quantity: number; unit_price: number }[]
}

/**
 * Checks a delivery against a contract. From a linked order, quantity and value are the order's
 * lines of the agreement's products; the order must be the buyer's own and not already counted.
 */
const checkDeliveryStep = createStep(
  "check-trade-delivery",
  async (input: { business_id: string; id: string; delivery: DeliveryInput }, { container }) => {
    const service = trade(container)
    const a = await service.retrieveAgreement(input.id, { relations: ["lines", "deliveries"] })
    if (!acceptsDeliveries(a.status as AgreementStatus))
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The agreement is ${a.status}; deliveries are recorded against a signed contract`,
      )
    if (!isIsoDate(input.delivery.delivered_on) || input.delivery.delivered_on > vietnamDate())
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "delivered_on must be a YYYY-MM-DD date, not in the future")
    let quantity = input.delivery.quantity ?? 0
    let value = input.delivery.value ?? 0
    if (input.delivery.order_id) {
      if (a.deliveries.some((d) => d.order_id === input.delivery.order_id))
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `order ${input.delivery.order_id} is already recorded`)
      const buyer = await service.retrieveBusiness(a.buyer_id)
      // The order module computes each line's quantity from its order item; query.graph does not.
      const [order] = (await container
        .resolve(Modules.ORDER)
        .listOrders(
          { id: input.delivery.order_id, customer_id: buyer.customer_id },
          { relations: ["items"], select: ["id", "customer_id", "status"], take: 1 },
        )) as unknown as (OrderRow | undefined)[]
      if (!order)
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order ${input.delivery.order_id} placed by the buyer`)
      if (order.status === "canceled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The order was cancelled")
      const products = new Set(a.lines.map((l) => l.product_id))
      const items = (order.items ?? []).filter((i) => i.product_id && products.has(i.product_id))
      if (!items.length)
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "The order holds none of the agreement's products")
      // Order quantities and prices are Medusa BigNumbers.
      const n = (x: unknown) => MathBN.convert(x as number).toNumber()
      quantity = items.reduce((sum, i) => sum + n(i.quantity), 0)
      // Prices are tax-inclusive VND; the order's lines at the price paid for them.
      value = Math.round(items.reduce((sum, i) => sum + n(i.unit_price) * n(i.quantity), 0))
    } else if (!(quantity > 0) || !(value > 0)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "quantity and value (VND) are required without an order_id")
    }
    const delivered = a.deliveries.reduce((sum, d) => sum + Number(d.value), 0) + value
    const status = statusAfterDelivery(a.status as AgreementStatus, delivered, Number(a.value))
    return new StepResponse({ quantity, value, status })
  },
)

/** A delivery against a contract, by hand or from a linked order; the contract moves on with it. */
export const recordDeliveryWorkflow = createWorkflow(
  "record-trade-delivery",
  (input: { business_id: string; recorded_by: string; id: string; delivery: DeliveryInput }) => {
    const checked = checkDeliveryStep(input)
    const deliveries = createTradeRecordsStep(
      transform({ input, checked }, ({ input, checked }) => ({
        entity: "Deliveries" as const,
        data: [
          {
            agreement_id: input.id,
            delivered_on: input.delivery.delivered_on,
            quantity: checked.quantity,
            value: checked.value,
            order_id: input.delivery.order_id ?? null,
            note: input.delivery.note ?? null,
            recorded_by: input.recorded_by,
          },
        ],
      })),
    )
    changeAgreementStep(
      transform({ input, checked }, ({ input, checked }) => ({ id: input.id, data: { status: checked.status } })),
    )
    return new WorkflowResponse(transform({ deliveries }, ({ deliveries }) => deliveries[0]))
  },
)

/** Stores a checked PDF as a private file and records it on the agreement. */
export const attachAgreementDocumentWorkflow = createWorkflow(
  "attach-trade-agreement-document",
  (input: { id: string; uploaded_by: string; filename: string; content: string; size: number }) => {
    const files = uploadFilesStep(
      transform({ input }, ({ input }) => ({
        files: [
          { filename: input.filename, mimeType: "application/pdf", content: input.content, access: "private" as const },
        ],
      })),
    )
    const documents = createTradeRecordsStep(
      transform({ input, files }, ({ input, files }) => ({
        entity: "AgreementDocuments" as const,
        data: [
          {
            agreement_id: input.id,
            file_id: files[0].id,
            filename: input.filename,
            size: input.size,
            uploaded_by: input.uploaded_by,
          },
        ],
      })),
    )
    return new WorkflowResponse(transform({ documents }, ({ documents }) => documents[0]))
  },
)

const expireStep = createStep(
  "expire-trade-agreements",
  async (input: { today: string }, { container }) => {
    const service = trade(container)
    const due = await service.listAgreements(
      { status: ["signed_mou", "contract", "in_delivery"], term_end: { $lt: input.today } },
      { take: null, select: ["id", "status"] },
    )
    if (due.length) await service.updateAgreements(due.map((a) => ({ id: a.id, status: "expired" as const })))
    return new StepResponse(
      due.map((a) => a.id),
      due.map((a) => ({ id: a.id, status: a.status })),
    )
  },
  async (previous, { container }) => {
    if (previous?.length) await trade(container).updateAgreements(previous)
  },
)

/** Agreements whose term ended before `today` without being fulfilled become expired. */
export const expireAgreementsWorkflow = createWorkflow(
  "expire-trade-agreements",
  (input: { today: string }) => new WorkflowResponse(expireStep(input)),
)
