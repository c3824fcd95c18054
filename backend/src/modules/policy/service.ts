import { MedusaService } from "@medusajs/framework/utils"
import { PolicyConsent } from "./models/consent"
import { PolicyOperator } from "./models/operator"
import { PolicyVersion } from "./models/policy-version"

/**
 * Generated CRUD for the operator's details, policy versions and consents. Which version is in force
 * and what a consent needs are read in src/read-models/legal; writes go through
 * src/workflows/legal.
 */
export default class PolicyModuleService extends MedusaService({ PolicyOperator, PolicyVersion, PolicyConsent }) {}
