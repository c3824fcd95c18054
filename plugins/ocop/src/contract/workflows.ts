import type { ReturnWorkflow } from "@medusajs/framework/workflows-sdk"
import type { changeCertificateStatusWorkflow } from "../workflows/certificates/change-certificate-status"
import type { expireCertificatesWorkflow } from "../workflows/expiry/expire-certificates"
import { OcopWorkflowIds } from "../workflows/ids"
import type { applyListingRuleWorkflow } from "../workflows/listing/apply-listing-rule"
import type { upsertReferenceDataWorkflow } from "../workflows/reference/upsert-reference-data"
import type { importCertificatesWorkflow } from "../workflows/registry/import-certificates"
import type { syncRegistryFeedWorkflow } from "../workflows/registry/sync-registry-feed"

/**
 * A workflow's id carrying its input and result types. Others run the plugin's workflows by id
 * through the workflow engine (`runWorkflow`): importing the workflow modules themselves would
 * register them a second time under a test runner's own module cache, and would make the contract
 * entry load every step of the plugin. The types come from the workflows through type-only imports,
 * which leave nothing behind at run time.
 */
export type WorkflowId<I, O> = string & { readonly __types?: { input: I; result: O } }
export type WorkflowInput<W> = W extends WorkflowId<infer I, unknown> ? I : never
export type WorkflowResult<W> = W extends WorkflowId<unknown, infer O> ? O : never

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- hooks are not part of the contract
type IdOf<W> = W extends ReturnWorkflow<infer I, infer O, any> ? WorkflowId<I, O> : never

/** The plugin's workflows others may run, by id. */
export const OcopWorkflows = {
  /** Decides listing for products from their certificates and sets their status. */
  applyListingRule: OcopWorkflowIds.applyListingRule as IdOf<typeof applyListingRuleWorkflow>,
  /** An official revokes, suspends or reinstates a certificate. */
  changeCertificateStatus: OcopWorkflowIds.changeCertificateStatus as IdOf<typeof changeCertificateStatusWorkflow>,
  /** The daily expiry and renewal notices. */
  expireCertificates: OcopWorkflowIds.expireCertificates as IdOf<typeof expireCertificatesWorkflow>,
  /** The one import path for certificates (feed, CSV, seed). */
  importCertificates: OcopWorkflowIds.importCertificates as IdOf<typeof importCertificatesWorkflow>,
  /** Pulls the registry's feed and imports it. */
  syncRegistryFeed: OcopWorkflowIds.syncRegistryFeed as IdOf<typeof syncRegistryFeedWorkflow>,
  /** Legal frameworks and administrative units. */
  upsertReferenceData: OcopWorkflowIds.upsertReferenceData as IdOf<typeof upsertReferenceDataWorkflow>,
} as const
