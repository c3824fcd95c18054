import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { TRADE_MODULE } from "../../modules/trade/name"
import type TradeModuleService from "../../modules/trade/service"
import { updateTradeRecordStep } from "./steps/records"

export type BusinessProfileInput = {
  company_name: string
  tax_code: string
  type: "distributor" | "supermarket" | "hotel_restaurant" | "exporter" | "processor" | "producer"
  phone?: string | null
  commune_code?: string | null
  latitude?: number | null
  longitude?: number | null
}

/** Identity fields: changing one sends the profile back to the OCOP office for verification. */
const IDENTITY = ["company_name", "tax_code", "type"] as const

const checkProfileStep = createStep(
  "check-business-profile",
  async ({ customer_id, profile }: { customer_id: string; profile: BusinessProfileInput }, { container }) => {
    const trade: TradeModuleService = container.resolve(TRADE_MODULE)
    const [mine] = await trade.listBusinesses({ customer_id }, { take: 1 })
    const [sameTax] = await trade.listBusinesses({ tax_code: profile.tax_code }, { take: 1, select: ["id"] })
    if (sameTax && sameTax.id !== mine?.id)
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `tax_code ${profile.tax_code} is already registered`)
    const changedIdentity = !!mine && IDENTITY.some((k) => mine[k] !== profile[k])
    return new StepResponse({ existing_id: mine?.id ?? null, reverify: changedIdentity })
  },
)

type Undo = { created: string | null; restore: Record<string, unknown> | null }

const saveProfileStep = createStep(
  "save-business-profile-record",
  async (
    input: { customer_id: string; profile: BusinessProfileInput; existing_id: string | null; reverify: boolean },
    { container, context },
  ) => {
    // One of the two generic steps, chosen at run time (a workflow's branches are fixed at definition).
    const trade: TradeModuleService = container.resolve(TRADE_MODULE)
    if (!input.existing_id) {
      const created = await trade.createBusinesses({
        ...input.profile,
        customer_id: input.customer_id,
        status: "pending",
      })
      return new StepResponse(created, { created: created.id, restore: null } as Undo)
    }
    const before = await trade.retrieveBusiness(input.existing_id)
    const update = {
      ...input.profile,
      ...(input.reverify ? { status: "pending" as const, verified_at: null, verified_by: null } : {}),
    }
    const updated = await trade.updateBusinesses({ id: input.existing_id, ...update }, context)
    return new StepResponse(updated, { created: null, restore: before } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const trade: TradeModuleService = container.resolve(TRADE_MODULE)
    if (undo.created) await trade.deleteBusinesses(undo.created)
    if (undo.restore) {
      const { created_at: _c, updated_at: _u, deleted_at: _d, ...fields } = undo.restore
      await trade.updateBusinesses(fields as never)
    }
  },
)

/** Registers the signed-in customer's business (pending verification), or updates its profile. */
export const saveBusinessProfileWorkflow = createWorkflow(
  "save-business-profile",
  (input: { customer_id: string; profile: BusinessProfileInput }) => {
    const check = checkProfileStep(input)
    const result = saveProfileStep(transform({ input, check }, ({ input, check }) => ({ ...input, ...check })))
    return new WorkflowResponse(result)
  },
)

export type ReviewBusinessInput = {
  id: string
  status: "verified" | "rejected"
  subject_id?: string | null
  note?: string | null
  official_id: string
}

const checkReviewStep = createStep("check-business-review", async (input: ReviewBusinessInput, { container }) => {
  const trade: TradeModuleService = container.resolve(TRADE_MODULE)
  const business = await trade.retrieveBusiness(input.id)
  if (input.status === "verified" && business.type === "producer" && !input.subject_id)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "subject_id is required to verify a producer: the OCOP subject the account speaks for",
    )
  if (input.subject_id) {
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "subject", fields: ["id"], filters: { id: input.subject_id } })
    if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No OCOP subject with id ${input.subject_id}`)
    const [taken] = await trade.listBusinesses({ subject_id: input.subject_id, status: "verified" }, { take: 1 })
    if (taken && taken.id !== input.id)
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `subject ${input.subject_id} already has a verified account`,
      )
  }
  return new StepResponse(business)
})

/** An official verifies (and for a producer, ties to its OCOP subject) or rejects a business. */
export const reviewBusinessWorkflow = createWorkflow("review-business", (input: ReviewBusinessInput) => {
  checkReviewStep(input)
  const business = updateTradeRecordStep(
    transform({ input }, ({ input }) => ({
      entity: "Businesses" as const,
      id: input.id,
      data: {
        status: input.status,
        subject_id: input.status === "verified" ? (input.subject_id ?? null) : null,
        review_note: input.note ?? null,
        verified_at: input.status === "verified" ? new Date() : null,
        verified_by: input.official_id,
      },
    })),
  )
  return new WorkflowResponse(business)
})
