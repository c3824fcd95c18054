import "server-only"
import {
  suspensionReasonOf,
  type ProducerInvitePreview,
  type ProducerWorkspace,
  type ProducerWorkspaceResponse,
} from "@ocop/core"
import { producerProblem } from "@/modules/producer/refusal"
import { storeCall, storeError } from "./session"

/** What the signed-in account finds at the producer workspace. */
export type WorkspaceState =
  { kind: "member"; workspace: ProducerWorkspace } | { kind: "suspended"; reason: string } | { kind: "none" }

/**
 * The producer the account acts for (`GET /store/producer`, never cached): its workspace, the
 * official's reason while it is suspended, or nothing for an account that acts for no producer.
 */
export async function getWorkspace(): Promise<WorkspaceState> {
  try {
    return { kind: "member", workspace: (await storeCall<ProducerWorkspaceResponse>("/store/producer")).workspace }
  } catch (e) {
    const { status, message } = storeError(e)
    if (status !== 403) throw e
    const reason = suspensionReasonOf(message)
    return reason === null ? { kind: "none" } : { kind: "suspended", reason }
  }
}

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
