/**
 * The ids of the plugin's workflows, written once: each workflow is created under its id here, and
 * the contract (`src/index.ts`) gives them to others with their input and result types.
 */
export const OcopWorkflowIds = {
  applyListingRule: "apply-listing-rule",
  changeCertificateStatus: "change-certificate-status",
  expireCertificates: "expire-certificates",
  importCertificates: "import-certificates",
  syncRegistryFeed: "sync-registry-feed",
  upsertReferenceData: "upsert-reference-data",
} as const
