import { model } from "@medusajs/framework/utils"
import { AGREEMENT_STATUSES } from "@ocop/core"
import { AgreementDocument } from "./agreement-document"
import { AgreementLine } from "./agreement-line"
import { Delivery } from "./delivery"

/**
 * An MoU or contract between a buyer and a producer, from a draft to delivered value (statuses and
 * moves in @ocop/core `agreements.ts`). Value and prices are VND; each party signs once.
 */
export const Agreement = model.define(
  { name: "agreement", tableName: "trade_agreement" },
  {
    id: model.id({ prefix: "tag" }).primaryKey(),
    kind: model.enum(["mou", "contract"]),
    status: model.enum([...AGREEMENT_STATUSES]).default("draft"),
    buyer_id: model.text().index(),
    seller_id: model.text().index(),
    event_id: model.text().nullable(),
    meeting_id: model.text().nullable(),
    lines: model.hasMany(() => AgreementLine, { mappedBy: "agreement" }),
    /** The sum of the lines, kept for reports. */
    value: model.bigNumber(),
    term_start: model.text(),
    term_end: model.text(),
    buyer_signed_at: model.dateTime().nullable(),
    seller_signed_at: model.dateTime().nullable(),
    /** The Vietnam day the last party signed. */
    signed_on: model.text().nullable(),
    documents: model.hasMany(() => AgreementDocument, { mappedBy: "agreement" }),
    deliveries: model.hasMany(() => Delivery, { mappedBy: "agreement" }),
  },
)
