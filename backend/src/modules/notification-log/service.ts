import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"

/** `k…@example.vn`: enough to tell two recipients apart in a log, not to write to either. */
export const maskedRecipient = (to: string) => {
  const at = to.lastIndexOf("@")
  if (at > 0) return `${to[0]}…${to.slice(at)}`
  return to.length > 4 ? `…${to.slice(-3)}` : "…"
}

/**
 * Stands in for an e-mail service until one is configured: the Notification Module records each
 * e-mail (recipient and data, read by officials and tests) and this provider logs that one was
 * "sent", with its template and a masked recipient. Medusa's local provider, used before, logged
 * the recipient and all of the e-mail's data — names, addresses, password-reset links — into the
 * server's log (docs/compliance.md, "Logs").
 */
export class LogNotificationService extends AbstractNotificationProviderService {
  static identifier = "notification-log"
  private logger_: Logger

  constructor({ logger }: { logger: Logger }) {
    super()
    this.logger_ = logger
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    if (!notification) throw new MedusaError(MedusaError.Types.INVALID_DATA, "No notification information provided")
    this.logger_.info(
      `notification ${notification.channel} "${notification.template}" to ${maskedRecipient(notification.to)} (not sent: no e-mail service configured)`,
    )
    return {}
  }
}
