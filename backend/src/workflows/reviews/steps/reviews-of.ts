import type { MedusaContainer } from "@medusajs/framework/types"
import { REVIEW_MODULE } from "../../../modules/review/name"
import type ReviewModuleService from "../../../modules/review/service"

/** The reviews module from a step's (or a route's, or a read model's) container. */
export const reviewsOf = (container: Pick<MedusaContainer, "resolve">) =>
  container.resolve<ReviewModuleService>(REVIEW_MODULE)

/** The event a review's change emits, so the storefront's cached page of its product follows. */
export const REVIEWS_CHANGED = "review.product_review.changed"
