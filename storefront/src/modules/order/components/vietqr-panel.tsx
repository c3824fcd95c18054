import { bankName, formatVnd, type VietQrPaymentData } from "@ocop/core"
import { getTranslations } from "next-intl/server"
import QRCode from "qrcode"
import { CopyButton } from "./copy-button"

/**
 * The transfer an order awaits: the VietQR code and the same details as text for paying by hand.
 * The code is drawn on the server (it shows with JavaScript off) as SVG, which prints sharply, and
 * also offered as a PNG to save: a phone cannot scan its own screen, but banking apps read a saved
 * image. The account, amount and reference can be copied for the same reason.
 */
export async function VietQrPanel({ transfer }: { transfer: VietQrPaymentData }) {
  const t = await getTranslations("VietQr")
  const options = { errorCorrectionLevel: "M", margin: 4 } as const
  const [svg, png] = await Promise.all([
    QRCode.toString(transfer.qr, { ...options, type: "svg" }),
    QRCode.toDataURL(transfer.qr, { ...options, type: "image/png", width: 600 }),
  ])
  const rows: [string, string, string, { value: string; label: string } | null][] = [
    ["bank", t("bank"), bankName(transfer.bank_bin) ?? transfer.bank_bin, null],
    ["account", t("account"), transfer.account, { value: transfer.account, label: t("copyAccount") }],
    ["account-name", t("accountName"), transfer.account_name, null],
    ["amount", t("amount"), formatVnd(transfer.amount), { value: String(transfer.amount), label: t("copyAmount") }],
    ["reference", t("reference"), transfer.reference, { value: transfer.reference, label: t("copyReference") }],
  ]
  return (
    <section className="space-y-3 rounded-lg border-2 border-ocop-red bg-white p-4" data-testid="vietqr">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p className="text-sm">{t("body")}</p>
      <div className="flex flex-wrap items-start gap-6">
        <div className="space-y-2">
          <img
            src={`data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`}
            alt={t("qrAlt", { amount: formatVnd(transfer.amount), account: transfer.account })}
            width={256}
            height={256}
            className="h-64 w-64 bg-white"
            data-testid="vietqr-code"
          />
          <a
            href={png}
            download={`vietqr-${transfer.reference}.png`}
            className="flex min-h-11 w-64 items-center justify-center rounded bg-ocop-red px-4 font-semibold text-white"
            data-testid="vietqr-save"
          >
            {t("save")}
          </a>
        </div>
        <div className="min-w-0 flex-1 space-y-2">
          <p className="text-sm text-stone-700">{t("saveHint")}</p>
          <dl className="space-y-1 text-sm">
            {rows.map(([key, label, value, copy]) => (
              <div key={key} className="flex flex-wrap items-center gap-x-3">
                <dt className="w-32 shrink-0 text-stone-600">{label}</dt>
                <dd className="flex min-w-0 flex-1 items-center justify-between gap-2">
                  <span className="font-semibold break-all" data-testid={`vietqr-${key}`}>
                    {value}
                  </span>
                  {copy && <CopyButton value={copy.value} label={copy.label} testId={`copy-${key}`} />}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
      <p className="text-sm text-stone-700">{t("keepReference")}</p>
    </section>
  )
}
