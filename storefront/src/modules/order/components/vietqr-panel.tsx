import { bankName, formatVnd, type VietQrPaymentData } from "@ocop/core"
import { getTranslations } from "next-intl/server"
import QRCode from "qrcode"

/**
 * The transfer an order awaits: the VietQR code (rendered on the server as SVG, so it shows with
 * JavaScript off and prints sharply) and the same details as text for paying by hand.
 */
export async function VietQrPanel({ transfer }: { transfer: VietQrPaymentData }) {
  const t = await getTranslations("VietQr")
  const svg = await QRCode.toString(transfer.qr, { type: "svg", errorCorrectionLevel: "M", margin: 4 })
  const rows: [string, string, string][] = [
    ["bank", t("bank"), bankName(transfer.bank_bin) ?? transfer.bank_bin],
    ["account", t("account"), transfer.account],
    ["account-name", t("accountName"), transfer.account_name],
    ["amount", t("amount"), formatVnd(transfer.amount)],
    ["reference", t("reference"), transfer.reference],
  ]
  return (
    <section className="space-y-3 rounded-lg border-2 border-ocop-red bg-white p-4" data-testid="vietqr">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p className="text-sm">{t("body")}</p>
      <div className="flex flex-wrap items-start gap-6">
        <div
          role="img"
          aria-label={t("qrAlt", { amount: formatVnd(transfer.amount), account: transfer.account })}
          className="w-64 bg-white"
          data-testid="vietqr-code"
          // Generated locally from the payment's own payload: path data only, no markup from input.
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {rows.map(([key, label, value]) => (
            <div key={key} className="contents">
              <dt className="text-stone-600">{label}</dt>
              <dd className="font-semibold" data-testid={`vietqr-${key}`}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
      </div>
      <p className="text-sm text-stone-700">{t("keepReference")}</p>
    </section>
  )
}
