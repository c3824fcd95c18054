import type { LegalFramework } from "@ocop/core"
import data from "./frameworks.json"

/**
 * The legal frameworks the plugin ships (star bands, validity, renewal notice by decree): the
 * reference data a new installation starts with, loaded through the reference-data workflow.
 */
export const LEGAL_FRAMEWORKS = data.frameworks as LegalFramework[]
