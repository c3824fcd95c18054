import "server-only"
import { type ProducerInvitePreview, type ProducerWorkspace, type ProducerWorkspaceResponse } from "@ocop/core"
import { producerProblem } from "@/modules/producer/refusal"
import { asMember, type ProducerAccess } from "./producer-access"
import { storeCall, storeError } from "./session"

/** What the signed-in account finds at the producer workspace. */
export type WorkspaceState = ProducerAccess<{ workspace: ProducerWorkspace }>

/**
 * The producer the account acts for (`GET /store/producer`, never cached): its workspace, the
 * official's reason while it is suspended, or nothing for an account that acts for no producer.
 */
export const getWorkspace = (): Promise<WorkspaceState> =>
  asMember(() => storeCall<ProducerWorkspaceResponse>("/store/producer"))

/** What an invitation's link offers the signed-in account, or the refusal's key when it is no link. */
export async function previewInvite(token: string): Promise<ProducerInvitePreview | { problem: string }> {
  try {
    return await storeCall<ProducerInvitePreview>("/store/producer-invites/preview", {
      method: "POST",
      body: { token },
    })
  } catch (e) {
    return { problem: producerProblem(storeError(e)) }
  }
}
