import { model } from "@medusajs/framework/utils"
import { REVIEW_STATUSES } from "@ocop/core"

/**
 * A buyer's review of one delivered order line (decision 037): one per line, whatever its quantity.
 * The order, line and customer are Medusa's ids (no links: the review is found by product, and its
 * buyer by the customer id the route puts in every query). Photos are public WebP files of the File
 * Module, kept as their widths and file ids so erasing the review deletes them.
 */
export const ProductReview = model
  .define(
    { name: "product_review", tableName: "product_review" },
    {
      id: model.id({ prefix: "prev" }).primaryKey(),
      product_id: model.text(),
      /** The size bought: its id (to show its title in the page's language) and its title when bought. */
      variant_id: model.text().nullable(),
      variant_title: model.text().nullable(),
      order_id: model.text(),
      item_id: model.text(),
      customer_id: model.text().nullable(),
      /** The buyer's first name when it wrote the review, as shown; null for an account without one. */
      author_name: model.text().nullable(),
      rating: model.number(),
      text: model.text(),
      /** `{ id, url, widths: [{ width, height, url }], file_ids }[]` */
      photos: model.json().default({ items: [] }),
      status: model.enum([...REVIEW_STATUSES]).default("pending"),
      rejection_reason: model.text().nullable(),
      moderated_at: model.dateTime().nullable(),
      moderated_by: model.text().nullable(),
      helpful_count: model.number().default(0),
      reply_text: model.text().nullable(),
      replied_at: model.dateTime().nullable(),
      /** The producer's member (a customer id) who replied, for the record; never shown. */
      replied_by: model.text().nullable(),
      /** The reply waits for officials as reviews do; null without a reply. Shown only once approved. */
      reply_status: model.enum([...REVIEW_STATUSES]).nullable(),
      reply_rejection_reason: model.text().nullable(),
      reply_moderated_at: model.dateTime().nullable(),
      reply_moderated_by: model.text().nullable(),
      /** Submissions of the reply so far: a rejected reply may be written once more (`mayReply`). */
      reply_attempts: model.number().default(0),
      /** The demo dataset's reviews, shown with a "demo data" mark. */
      demo: model.boolean().default(false),
    },
  )
  .indexes([
    // One review per order line: the second is refused by the database too (409).
    { on: ["item_id"], unique: true, where: "deleted_at IS NULL" },
    // A product's approved reviews, newest or most helpful first, and its summary.
    { on: ["product_id", "status", "created_at"], where: "deleted_at IS NULL" },
    { on: ["customer_id"], where: "deleted_at IS NULL" },
    // The officials' queue.
    { on: ["status", "created_at"], where: "deleted_at IS NULL" },
    // The officials' queue of producers' replies.
    { on: ["reply_status", "replied_at"], where: "deleted_at IS NULL" },
  ])
