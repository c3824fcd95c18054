export { currentPolicyVersions, readOperator, versionsOf } from "./current"
export {
  consentRows,
  customerConsents,
  orderConsentProblem,
  ORDER_CONSENT_MISSING,
  type ConsentOwner,
} from "./consents"
export { consentView, operatorView, versionSummary, versionView } from "./views"
