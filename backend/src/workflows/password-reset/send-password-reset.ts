import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { messageLanguage } from "@ocop/core"
import { passwordResetEmail } from "../../emails/password-reset"
import { resetLink, type PasswordResetEvent } from "./reset-link"

export const PASSWORD_RESET_TEMPLATE = "password-reset"

const urls = () => ({
  storefront: process.env.STOREFRONT_URL || "http://localhost:8000",
  backend: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
})

/**
 * E-mails the link that sets a new password. Medusa emits the event only for an account that exists,
 * while its route answers every request alike, so the answer tells nobody whether an e-mail is known.
 */
export const sendPasswordResetWorkflow = createWorkflow("send-password-reset", (input: PasswordResetEvent) => {
  const notifications = transform({ input }, ({ input }) => {
    const link = resetLink(input, urls())
    // A shopper asks in the storefront's language; an official's is not recorded (Vietnamese).
    const lang = messageLanguage(input.metadata?.locale)
    return link
      ? [
          {
            to: input.entity_id,
            channel: "email",
            template: PASSWORD_RESET_TEMPLATE,
            trigger_type: "auth.password_reset",
            resource_type: input.actor_type,
            data: { reset_url: link, actor_type: input.actor_type, lang, ...passwordResetEmail(link, lang) },
          },
        ]
      : []
  })
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
