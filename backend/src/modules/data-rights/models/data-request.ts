import { model } from "@medusajs/framework/utils"

export const DATA_REQUEST_KINDS = ["export", "erase"] as const
export const DATA_REQUEST_CHANNELS = ["self", "official"] as const

/**
 * A data-subject request and what became of it: the shopper's own from its account, or one an
 * official ran for a request received by mail (with that letter's reference). It names the
 * customer by id only, so the record of an erasure holds nothing the erasure removed.
 */
export const DataRequest = model
  .define(
    { name: "data_request", tableName: "data_request" },
    {
      id: model.id({ prefix: "dreq" }).primaryKey(),
      kind: model.enum([...DATA_REQUEST_KINDS]),
      customer_id: model.text(),
      channel: model.enum([...DATA_REQUEST_CHANNELS]),
      /** The official who ran it (channel "official"). */
      official_id: model.text().nullable(),
      /** The reference of the letter or e-mail the request came in (channel "official"). */
      reference: model.text().nullable(),
      /** running until every source has answered; an erasure left running is finished by running it again. */
      status: model.enum(["running", "done"]).default("running"),
      completed_at: model.dateTime().nullable(),
    },
  )
  .indexes([{ on: ["customer_id"] }, { on: ["created_at"] }])
