import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { returnWindowDays } from "@ocop/core"

/** The return window the operator set (the store's metadata `return_window_days`), in days. */
export async function storeReturnWindow(container: Pick<MedusaContainer, "resolve">): Promise<number> {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "store", fields: ["id", "metadata"] })
  return returnWindowDays((data[0] as { metadata?: Record<string, unknown> | null } | undefined)?.metadata)
}
