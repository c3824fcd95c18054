import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendPasswordResetWorkflow } from "../workflows/password-reset/send-password-reset"
import type { PasswordResetEvent } from "../workflows/password-reset/reset-link"

export default async function passwordReset({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  await sendPasswordResetWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
