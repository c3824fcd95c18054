import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { formatVietnamTime, messageLanguage } from "@ocop/core"
import { storefrontUrl } from "../../emails/storefront-url"
import { producerInviteEmail } from "../../emails/producer-emails"
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
    const notifications = transform({ created, subjects }, ({ created, subjects }) => {
      const lang = messageLanguage(created.invite.locale)
      const accept_url = inviteLink(storefrontUrl(), lang, created.token)
      const producer = (subjects[0] as { name?: string } | undefined)?.name ?? ""
      const expires_at = new Date(created.invite.expires_at).toISOString()
      return [
        {
          to: created.invite.email,
          channel: "email",
          template: PRODUCER_INVITE_TEMPLATE,
          trigger_type: "producer.invite.created",
          resource_id: created.invite.id,
          resource_type: "producer_invite",
          data: {
            accept_url,
            producer_name: producer,
            role: "staff",
            locale: created.invite.locale,
            lang,
            expires_at,
            ...producerInviteEmail({ producer, accept_url, expires_at: formatVietnamTime(expires_at, lang) }, lang),
          },
        },
      ]
    })
    sendNotificationsStep(notifications)
    return new WorkflowResponse(transform({ created }, ({ created }) => created.invite))
  },
)
