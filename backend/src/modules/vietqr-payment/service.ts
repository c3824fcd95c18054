import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  BigNumberInput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import {
  buildVietQr,
  isPaymentReference,
  isVietQrPaymentData,
  newPaymentReference,
  type VietQrPaymentData,
} from "@ocop/core"
import { wholeDong } from "./amount"
import { assertVietQrOptions, type VietQrOptions } from "./options"

/**
 * Bank transfer by VietQR (NAPAS 247). The shopper places the order, scans the code in any Vietnamese
 * banking app and sends the exact amount with the reference in the note. Placing the order
 * authorizes the payment (nothing is held: the shop waits for the money); the money arriving is the
 * capture — recorded by the bank webhook (`/hooks/vietqr`) or by an official with the admin's
 * Capture action. The bank is never called: every method only builds or keeps the payment data.
 */
export default class VietQrPaymentProvider extends AbstractPaymentProvider<VietQrOptions> {
  static identifier = "vietqr"

  static validateOptions(options: Record<string, unknown>): void {
    assertVietQrOptions(options)
  }

  constructor(cradle: { logger: Logger }, options: VietQrOptions) {
    super(cradle, options)
    if (options.demo) {
      cradle.logger.warn(
        `VietQR uses the DEMO account ${options.bank_bin}/${options.account}: codes are for trying the shop, ` +
          "no transfer reaches anyone. Set VIETQR_BANK_BIN, VIETQR_ACCOUNT and VIETQR_ACCOUNT_NAME for a live shop.",
      )
    }
  }

  async initiatePayment({ amount, currency_code }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const reference = newPaymentReference()
    return { id: reference, data: this.paymentData(reference, amount, currency_code) }
  }

  /** A new amount (the cart changed) gets a new code; the reference stays the shopper's. */
  async updatePayment({ amount, currency_code, data }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const kept = typeof data?.reference === "string" && isPaymentReference(data.reference) ? data.reference : null
    return { data: this.paymentData(kept ?? newPaymentReference(), amount, currency_code) }
  }

  /** The order is placed and awaits the transfer; the payment keeps the code so the order can show it. */
  async authorizePayment({ data }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    if (!isVietQrPaymentData(data)) return { status: PaymentSessionStatus.ERROR, data }
    return { status: PaymentSessionStatus.AUTHORIZED, data: pick(data) }
  }

  /** Only the bank knows whether money arrived; Medusa records that as the capture. */
  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { status: isVietQrPaymentData(data) ? PaymentSessionStatus.AUTHORIZED : PaymentSessionStatus.ERROR, data }
  }

  /** The money is on the account (seen by the webhook or by an official): nothing to ask the bank. */
  async capturePayment({ data }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data }
  }

  /** Medusa records the refund; the money goes back by a transfer an official makes (docs/payments.md). */
  async refundPayment({ data }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data }
  }

  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data }
  }

  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data }
  }

  /**
   * Bank notifications carry no payment session id and must be answered with statuses banks retry
   * on, so they go to the shop's own signed route (`/hooks/vietqr`), not to Medusa's generic
   * `/hooks/payment/vietqr_vietqr`, which always answers 200 before looking at the payload.
   */
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }

  private paymentData(reference: string, amount: BigNumberInput, currencyCode: string): VietQrPaymentData {
    const { bank_bin, account, account_name } = this.config
    const dong = wholeDong(amount, currencyCode)
    const qr = buildVietQr({ bin: bank_bin, account, amount: dong, purpose: reference })
    return { reference, qr, amount: dong, bank_bin, account, account_name }
  }
}

/** Exactly the documented shape: keys a client sent along with the session stay off the payment. */
function pick(d: VietQrPaymentData): VietQrPaymentData {
  return {
    reference: d.reference,
    qr: d.qr,
    amount: d.amount,
    bank_bin: d.bank_bin,
    account: d.account,
    account_name: d.account_name,
  }
}
