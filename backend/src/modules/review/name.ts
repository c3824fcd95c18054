/** The container key of the reviews module (kept apart so steps and read models avoid import cycles). */
export const REVIEW_MODULE = "review"
