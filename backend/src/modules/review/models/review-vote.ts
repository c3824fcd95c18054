import { model } from "@medusajs/framework/utils"

/** A signed-in shopper found a review helpful: once per review and shopper. */
export const ProductReviewVote = model
  .define(
    { name: "product_review_vote", tableName: "product_review_vote" },
    {
      id: model.id({ prefix: "prvote" }).primaryKey(),
      review_id: model.text(),
      customer_id: model.text(),
    },
  )
  .indexes([
    { on: ["review_id", "customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id"], where: "deleted_at IS NULL" },
  ])
