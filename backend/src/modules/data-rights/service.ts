import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { DataRequest } from "./models/data-request"
import { PersonalDataAccess } from "./models/personal-data-access"

/**
 * Data-subject requests and the admin's access log: generated CRUD, and the access log's purge.
 * The rights themselves (what each module holds and how it is erased) live in src/personal-data.
 */
export default class DataRightsModuleService extends MedusaService({ DataRequest, PersonalDataAccess }) {
  /** Deletes the access log's entries older than `before` (its retention, docs/compliance.md); returns how many. */
  @InjectManager()
  async purgeAccessesBefore(before: Date, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const rows = (await sharedContext.manager!.execute(
      `delete from personal_data_access where created_at < ? returning id`,
      [before],
    )) as { id: string }[]
    return rows.length
  }
}
