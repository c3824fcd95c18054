import { MedusaService } from "@medusajs/framework/utils"
import { AdminUnit } from "./models/admin-unit"
import { AdminUnitSuccession } from "./models/admin-unit-succession"
import { Certificate } from "./models/certificate"
import { LegalFramework } from "./models/legal-framework"
import { RegistryRun } from "./models/registry-run"
import { Subject } from "./models/subject"

/** The certification module: generated CRUD for every OCOP record; rules live in @ocop/core and workflows. */
export default class OcopModuleService extends MedusaService({
  AdminUnit,
  AdminUnitSuccession,
  Certificate,
  LegalFramework,
  RegistryRun,
  Subject,
}) {}
