import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { WorkflowId } from "./workflows"

/** Runs a registered workflow by its typed id and returns its result; a failure throws. */
export async function runWorkflow<I, O>(container: MedusaContainer, id: WorkflowId<I, O>, input: I): Promise<O> {
  const engine = container.resolve(Modules.WORKFLOW_ENGINE)
  const { result } = await engine.run(id, { input, throwOnError: true })
  return result as O
}
