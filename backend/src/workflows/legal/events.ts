/** Emitted when the operator's details or a policy change: the storefront's footer and policy pages follow. */
export const POLICIES_CHANGED = "policy.pages.changed"
