import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { returnsOf } from "./returns-of"

export const createReturnRequestStepId = "create-return-request"
/** Records a planned return with its lines and photos; undone by deleting it. */
export const createReturnRequestStep = createStep(
  createReturnRequestStepId,
  async (
    input: Record<string, unknown> & { lines: Record<string, unknown>[]; photo_file_ids: string[] },
    { container },
  ) => {
    const { lines, photo_file_ids, ...request } = input
    const returns = returnsOf(container)
    const created = await returns.createReturnRequests({ ...request, photo_file_ids: { ids: photo_file_ids } } as never)
    const id = (created as unknown as { id: string }).id
    await returns.createReturnRequestLines(lines.map((l) => ({ ...l, return_request_id: id })) as never)
    return new StepResponse({ id }, id)
  },
  async (id, { container }) => {
    if (id) await returnsOf(container).deleteReturnRequests(id)
  },
)
