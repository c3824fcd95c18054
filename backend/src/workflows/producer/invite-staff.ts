import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { messageLanguage } from "@ocop/core"
import { storefrontUrl } from "../../emails/storefront-url"
import { inviteLink } from "./invite-link"
import { createProducerInviteStep, type CreateInviteInput } from "./steps/create-invite"

export const PRODUCER_INVITE_TEMPLATE = "producer-invite"
export const inviteProducerStaffWorkflowId = "invite-producer-staff"

/**
 * The owner invites an e-mail address to act for its producer as staff; the e-mail, in the
 * language the owner chose for it, carries the link to accept (Medusa's notification module).
 */
export const inviteProducerStaffWorkflow = createWorkflow(
  inviteProducerStaffWorkflowId,
  (input: CreateInviteInput & { subject_id: string }) => {
    const created = createProducerInviteStep(input)
    const { data: subjects } = useQueryGraphStep({
      entity: "subject",
      fields: ["name"],
      filters: { id: input.subject_id },
    })
    const notifications = transform({ created, subjects }, ({ created, subjects }) => [
      {
        to: created.invite.email,
        channel: "email",
        template: PRODUCER_INVITE_TEMPLATE,
        trigger_type: "producer.invite.created",
        resource_id: created.invite.id,
        resource_type: "producer_invite",
        data: {
          accept_url: inviteLink(storefrontUrl(), created.invite.locale, created.token),
          producer_name: (subjects[0] as { name?: string } | undefined)?.name ?? "",
          role: "staff",
          locale: created.invite.locale,
          lang: messageLanguage(created.invite.locale),
          expires_at: new Date(created.invite.expires_at).toISOString(),
        },
      },
    ])
    sendNotificationsStep(notifications)
    return new WorkflowResponse(transform({ created }, ({ created }) => created.invite))
  },
)
