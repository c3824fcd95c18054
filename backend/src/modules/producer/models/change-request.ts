import { model } from "@medusajs/framework/utils"
import { CHANGE_REQUEST_STATUSES } from "@ocop/core"

/**
 * A producer's change to what shoppers read (descriptions, subtitles), held for an official because
 * the operator set the product's group to "review". An official accepts it (the texts then go live
 * through the same workflow) or returns it with a note the producer sees. One open request per
 * product: a new edit before the official answers is merged into it.
 */
export const ProducerChangeRequest = model
  .define(
    { name: "producer_change_request", tableName: "producer_change_request" },
    {
      id: model.id({ prefix: "pchr" }).primaryKey(),
      producer_id: model.text().index(),
      product_id: model.text().index(),
      /** `{ description?, description_en?, subtitle?, subtitle_en? }`: the texts proposed. */
      proposed: model.json(),
      status: model.enum([...CHANGE_REQUEST_STATUSES]).default("open"),
      note: model.text().nullable(),
      requested_by_id: model.text(),
      requested_by: model.text(),
      resolved_by_id: model.text().nullable(),
      resolved_at: model.dateTime().nullable(),
    },
  )
  .indexes([{ on: ["product_id"], unique: true, where: "status = 'open' AND deleted_at IS NULL" }])
