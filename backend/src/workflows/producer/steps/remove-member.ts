import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producerOf } from "./producer-of"

export type RemoveMemberInput = { producer_id: string; member_id: string }

export const removeProducerMemberStepId = "remove-producer-member"
/**
 * The owner removes a staff member of its own producer (another producer's member is not found);
 * the owner itself cannot be removed here. Undone by restoring the member.
 */
export const removeProducerMemberStep = createStep(
  removeProducerMemberStepId,
  async (input: RemoveMemberInput, { container }) => {
    const producers = producerOf(container)
    const [member] = await producers.listProducerMembers({ id: input.member_id, producer_id: input.producer_id })
    if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No member ${input.member_id}`)
    if (member.role === "owner")
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The owner cannot be removed from its own producer")
    await producers.softDeleteProducerMembers([member.id])
    return new StepResponse(member.id, member.id)
  },
  async (id, { container }) => {
    if (id) await producerOf(container).restoreProducerMembers([id])
  },
)
