import {
  CARRIER_NAMES,
  CARRIERS,
  formatVietnamTime,
  formatVnd,
  RETURN_PHOTOS_MAX,
  RETURN_REASONS,
  VIETQR_BANKS,
  type OrderReturnsResponse,
  type ReturnableShipmentView,
} from "@ocop/core"
import { getLocale, getTranslations } from "next-intl/server"
import { shipBackReturn } from "@/lib/actions/returns"
import { inputClass } from "@/modules/trade/styles"
import type { ReturnOutcome } from "../return-outcome"

type T = Awaited<ReturnType<typeof getTranslations<"Order.returns">>>
type Props = { orderId: string; data: OrderReturnsResponse | null; access?: string; outcome: ReturnOutcome | null }
const button = "rounded bg-ocop-red px-4 py-2 font-semibold text-white"

/**
 * An order's returns on its page (the account's, or a guest's signed link): each return with its
 * state and what was decided, the parcel's details once accepted, and for each delivered shipment
 * still inside the window a plain form to return items — lines and quantities, a reason, photos, and
 * the account a transfer refund goes to. Plain forms, so all of it works with JavaScript off.
 */
export async function OrderReturns({ orderId, data, access = "", outcome }: Props) {
  if (!data || (!data.returns.length && !data.returnable.length)) return null
  const t = await getTranslations("Order.returns")
  const locale = (await getLocale()) === "en" ? "en" : "vi"
  return (
    <section id="returns" className="space-y-3" aria-labelledby="returns-title" data-testid="order-returns">
      <h2 id="returns-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-700">{t("policy", { days: data.window_days })}</p>
      {outcome && (
        <p role="status" className="rounded border border-stone-300 bg-stone-50 p-3" data-testid="returns-outcome">
          {t(`outcomes.${outcome}`)}
        </p>
      )}
      <ul className="space-y-3">
        {data.returns.map((r) => (
          <li
            key={r.id}
            className="space-y-2 rounded-lg border border-stone-200 bg-white p-4"
            data-testid="order-return"
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <p className="min-w-0 break-words font-semibold">{r.producer}</p>
              <span
                className="inline-block rounded border border-stone-300 px-2 py-0.5 text-sm font-semibold"
                data-testid="return-status"
              >
                {t(`status.${r.status}`)}
              </span>
            </div>
            <ul className="text-sm">
              {r.lines.map((l) => (
                <li key={l.line_id} className="break-words">
                  {l.title}
                  {l.variant_title ? ` (${l.variant_title})` : ""} × {l.quantity}
                </li>
              ))}
            </ul>
            <p className="text-sm">{t("amount", { amount: formatVnd(r.amount) })}</p>
            {r.decision_note && <p className="break-words text-sm">{t("decisionNote", { note: r.decision_note })}</p>}
            {r.tracking_number && r.carrier && (
              <p className="break-words text-sm">
                {CARRIER_NAMES[r.carrier][locale]} · <span className="break-all font-mono">{r.tracking_number}</span>
              </p>
            )}
            {r.refunded_at && (
              <p className="text-sm">
                {t("refundedOn", { date: formatVietnamTime(r.refunded_at, locale, "day") })}
                {r.refund_reference ? ` · ${r.refund_reference}` : ""}
              </p>
            )}
            {r.status === "accepted" && (
              <ShipBackForm t={t} locale={locale} orderId={orderId} access={access} returnId={r.id} />
            )}
          </li>
        ))}
      </ul>
      {data.returnable.map((s) => (
        <RequestForm
          key={s.part_id}
          t={t}
          locale={locale}
          orderId={orderId}
          access={access}
          shipment={s}
          byTransfer={data.refund_by_transfer}
        />
      ))}
    </section>
  )
}

function ShipBackForm(p: { t: T; locale: "vi" | "en"; orderId: string; access: string; returnId: string }) {
  const { t } = p
  return (
    <form action={shipBackReturn} className="space-y-2" data-testid="ship-back-form">
      <input type="hidden" name="locale" value={p.locale} />
      <input type="hidden" name="order_id" value={p.orderId} />
      <input type="hidden" name="access" value={p.access} />
      <input type="hidden" name="return_id" value={p.returnId} />
      <p className="text-sm">{t("shipBackIntro")}</p>
      <label className="block text-sm font-semibold" htmlFor={`carrier-${p.returnId}`}>
        {t("carrier")}
      </label>
      <select id={`carrier-${p.returnId}`} name="carrier" required className={inputClass} defaultValue="">
        <option value="" disabled>
          {t("carrierChoose")}
        </option>
        {CARRIERS.map((c) => (
          <option key={c} value={c}>
            {CARRIER_NAMES[c][p.locale]}
          </option>
        ))}
      </select>
      <label className="block text-sm font-semibold" htmlFor={`tracking-${p.returnId}`}>
        {t("tracking")}
      </label>
      <input id={`tracking-${p.returnId}`} name="tracking_number" required maxLength={40} className={inputClass} />
      <button type="submit" className={button}>
        {t("shipBackSubmit")}
      </button>
    </form>
  )
}

function RequestForm(p: {
  t: T
  locale: "vi" | "en"
  orderId: string
  access: string
  shipment: ReturnableShipmentView
  byTransfer: boolean
}) {
  const { t, shipment: s } = p
  const action = `/api/orders/${encodeURIComponent(p.orderId)}/returns?locale=${p.locale}${p.access ? `&access=${encodeURIComponent(p.access)}` : ""}`
  const id = (name: string) => `${name}-${s.part_id}`
  return (
    <details className="rounded-lg border border-stone-200 bg-white p-4" data-testid="return-request">
      <summary className="cursor-pointer font-semibold">{t("ask", { producer: s.producer })}</summary>
      <form action={action} method="post" encType="multipart/form-data" className="mt-3 space-y-3">
        <input type="hidden" name="part_id" value={s.part_id} />
        <p className="text-sm text-stone-700">{t("until", { date: formatVietnamTime(s.deadline, p.locale, "day") })}</p>
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">{t("items")}</legend>
          {s.lines.map((l) => (
            <div key={l.line_id} className="flex items-center justify-between gap-3">
              <label htmlFor={`qty-${l.line_id}`} className="min-w-0 break-words text-sm">
                {l.title}
                {l.variant_title ? ` (${l.variant_title})` : ""} · {formatVnd(l.unit_price)}
              </label>
              <input
                id={`qty-${l.line_id}`}
                name={`qty:${l.line_id}`}
                type="number"
                inputMode="numeric"
                min={0}
                max={l.quantity}
                defaultValue={0}
                className="w-20 rounded border border-stone-300 px-2 py-1"
              />
            </div>
          ))}
        </fieldset>
        <label htmlFor={id("reason")} className="block text-sm font-semibold">
          {t("reason")}
        </label>
        <select id={id("reason")} name="reason" required defaultValue="" className={inputClass}>
          <option value="" disabled>
            {t("reasonChoose")}
          </option>
          {RETURN_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`reasons.${r}`)}
            </option>
          ))}
        </select>
        <label htmlFor={id("note")} className="block text-sm font-semibold">
          {t("note")}
        </label>
        <textarea id={id("note")} name="note" maxLength={1000} rows={3} className={inputClass} />
        <label htmlFor={id("photos")} className="block text-sm font-semibold">
          {t("photos", { count: RETURN_PHOTOS_MAX })}
        </label>
        <input id={id("photos")} name="photos" type="file" accept="image/*" multiple className="block w-full text-sm" />
        {p.byTransfer && (
          <fieldset className="space-y-2">
            <legend className="text-sm font-semibold">{t("account")}</legend>
            <p className="text-sm text-stone-700">{t("accountIntro")}</p>
            <label htmlFor={id("bank")} className="block text-sm">
              {t("bank")}
            </label>
            <select id={id("bank")} name="bank_bin" required defaultValue="" className={inputClass}>
              <option value="" disabled>
                {t("bankChoose")}
              </option>
              {VIETQR_BANKS.map((b) => (
                <option key={b.bin} value={b.bin}>
                  {b.name}
                </option>
              ))}
            </select>
            <label htmlFor={id("number")} className="block text-sm">
              {t("accountNumber")}
            </label>
            <input
              id={id("number")}
              name="account_number"
              required
              maxLength={40}
              inputMode="numeric"
              autoComplete="off"
              className={inputClass}
            />
            <label htmlFor={id("holder")} className="block text-sm">
              {t("holder")}
            </label>
            <input
              id={id("holder")}
              name="account_holder"
              required
              maxLength={100}
              autoCapitalize="characters"
              autoComplete="off"
              className={inputClass}
            />
          </fieldset>
        )}
        <button type="submit" className={button}>
          {t("submit")}
        </button>
      </form>
    </details>
  )
}
