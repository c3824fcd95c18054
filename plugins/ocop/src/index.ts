/**
 * The OCOP plugin's contract: all that the backend, the seed and the tests may import from
 * `@ocop/plugin`. Importing it registers nothing (no workflow, step, module or hook); Medusa loads
 * the plugin's modules, workflows, subscribers, jobs, routes and admin extensions itself from the
 * plugin's build. Event names live in `@ocop/core` (`CertificateEvents`, `CERTIFICATION_CHANGED_EVENT`).
 */
export { OcopWorkflows, type WorkflowId, type WorkflowInput, type WorkflowResult } from "./contract/workflows"
export { runWorkflow } from "./contract/run-workflow"
export {
  LISTING_FIELDS,
  readListing,
  readListings,
  type ListedCertificate,
  type ListingAsk,
  type ProductListing,
} from "./listing/check"
export { checkRow, type NumberedRow, type RegistryRowType, type RowProblem } from "./registry/row"
export { csvToRows, CsvError } from "./registry/csv"
export { LEGAL_FRAMEWORKS } from "./data/legal-frameworks"
export { OCOP_MODULE } from "./modules/ocop/name"
