/** The container key of the policy module (operator details, policy versions, consents). */
export const POLICY_MODULE = "policy"
