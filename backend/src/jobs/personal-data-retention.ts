import type { MedusaContainer } from "@medusajs/framework/types"
import { ACCESS_LOG_RETENTION_DAYS } from "../personal-data/retention"
import { DATA_RIGHTS_MODULE } from "../modules/data-rights"
import type DataRightsModuleService from "../modules/data-rights/service"

/** Daily: the admin's access log keeps what its retention says (docs/compliance.md), no more. */
export default async function personalDataRetentionJob(container: MedusaContainer) {
  const before = new Date(Date.now() - ACCESS_LOG_RETENTION_DAYS * 86_400_000)
  await container.resolve<DataRightsModuleService>(DATA_RIGHTS_MODULE).purgeAccessesBefore(before)
}

export const config = { name: "personal-data-retention", schedule: "30 19 * * *" }
