"use server"

import type { ProducerProposalResponse } from "@ocop/core"
import { proposalBody } from "@/modules/producer/proposal-body"
import { proposalProblem } from "@/modules/producer/stall-refusal"
import { storeCall, storeError } from "../../data/session"

/** What the proposal form shows after its action: the product proposed, or why not with what was typed. */
export type ProposalState = {
  done?: { id: string; title: string; handle: string }
  problem?: string
  values?: Record<string, string>
}

/**
 * Proposes a product from the form. A refusal comes back as a message key and the typed values, so
 * the form is filled again (React clears a form after its action; without JavaScript the page is
 * rendered with this state).
 */
export async function proposeProduct(_prev: ProposalState, form: FormData): Promise<ProposalState> {
  try {
    const { proposal } = await storeCall<ProducerProposalResponse>("/store/producer/proposals", {
      method: "POST",
      body: proposalBody(form),
    })
    return { done: { id: proposal.product.id, title: proposal.product.title, handle: proposal.product.handle } }
  } catch (e) {
    const values = Object.fromEntries(
      [...form.entries()].filter(([k, v]) => !k.startsWith("$ACTION") && typeof v === "string"),
    ) as Record<string, string>
    return { problem: proposalProblem(storeError(e)), values }
  }
}
