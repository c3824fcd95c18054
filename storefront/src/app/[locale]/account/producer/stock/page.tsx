import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import type { ProducerStockRow } from "@ocop/core"
import type { Locale } from "@/i18n/routing"
import { Link } from "@/i18n/navigation"
import { setWarehouseLevel } from "@/lib/actions/producer/stock"
import { retrieveCustomer } from "@/lib/data/customer"
import { getProducerStock } from "@/lib/data/producer-stock"
import { signInPath } from "@/lib/next-path"
import { knownKey } from "@/modules/producer/refusal"
import { STOCK_DONE, STOCK_PROBLEMS } from "@/modules/producer/stock-refusal"
import { cardClass, inputClass, primaryButton } from "@/modules/trade/styles"
import { AccessNotice } from "@/modules/producer/components/access-notice"

export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<{ done?: string | string[]; problem?: string | string[]; variant?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return {
    title: (await getTranslations({ locale, namespace: "ProducerStock" }))("title"),
    robots: { index: false },
  }
}

/**
 * The producer's stock: each variant of its products with the level at its own warehouse (which
 * it sets here, owner or staff) and at the sales points that stock it (read-only). One plain form
 * per row posting to a server action, so it works with JavaScript off; what happened comes back in
 * the address, shown at the row it concerns.
 */
export default async function ProducerStockPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const customer = await retrieveCustomer()
  if (!customer) redirect(signInPath(locale, `/${locale}/account/producer/stock`))
  const [t, state, query] = await Promise.all([getTranslations("ProducerStock"), getProducerStock(), searchParams])
  const done = knownKey(query.done, STOCK_DONE)
  const problem = knownKey(query.problem, STOCK_PROBLEMS)
  const at = typeof query.variant === "string" ? query.variant : null

  return (
    <section className="space-y-6" data-testid="producer-stock">
      <header className="space-y-1">
        <Link href="/account/producer" className="text-sm underline">
          ← {t("workspace")}
        </Link>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
      </header>
      <AccessNotice state={state} none={t("none")} suspended={(reason) => t("suspended", { reason })} />
      {state.kind === "member" && (
        <>
          <p className="text-sm text-stone-700">
            {state.stock.warehouse ? t("intro", { warehouse: state.stock.warehouse.name }) : t("noWarehouse")}
          </p>
          {state.stock.rows.length ? (
            <ul className="space-y-3" data-testid="producer-stock-rows">
              {state.stock.rows.map((row) => (
                <StockRow
                  key={row.variant.id}
                  row={row}
                  locale={locale}
                  canSet={!!state.stock.warehouse}
                  done={row.variant.id === at ? done : null}
                  problem={row.variant.id === at ? problem : null}
                  t={t}
                />
              ))}
            </ul>
          ) : (
            <p className="text-stone-700">{t("noProducts")}</p>
          )}
        </>
      )}
    </section>
  )
}

type RowProps = {
  row: ProducerStockRow
  locale: Locale
  canSet: boolean
  done: string | null
  problem: string | null
  t: (key: string, values?: Record<string, string | number>) => string
}

function StockRow({ row, locale, canSet, done, problem, t }: RowProps) {
  const id = `v-${row.variant.id}`
  const input = `q-${row.variant.id}`
  return (
    <li id={id} className={`${cardClass} space-y-2`} data-testid="producer-stock-row">
      <div>
        <p className="break-words font-semibold">{row.product.title}</p>
        <p className="break-words text-sm text-stone-700">
          {row.variant.title}
          {row.variant.sku ? ` · ${row.variant.sku}` : ""}
        </p>
      </div>
      {row.inventory_item_id === null ? (
        <p className="text-sm text-stone-700">{t("notCounted")}</p>
      ) : (
        <>
          <p data-testid="producer-stock-warehouse">
            {row.warehouse
              ? t("warehouseLevel", {
                  stocked: row.warehouse.stocked,
                  reserved: row.warehouse.reserved,
                  available: row.warehouse.available,
                })
              : t("warehouseNone")}
          </p>
          {row.sales_points.length > 0 && (
            <div>
              <p className="text-sm font-semibold">{t("salesPoints")}</p>
              <ul className="text-sm text-stone-700" data-testid="producer-stock-points">
                {row.sales_points.map((p) => (
                  <li key={p.location_id} className="break-words">
                    {t("pointLevel", { name: p.name, available: p.available, stocked: p.stocked })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {done && (
            <p
              role="status"
              className="rounded border border-green-700 bg-green-50 p-2"
              data-testid="producer-stock-done"
            >
              {t(`done.${done}`)}
            </p>
          )}
          {problem && (
            <p
              role="alert"
              className="rounded border border-red-300 bg-red-50 p-2 text-red-900"
              data-testid="producer-stock-problem"
            >
              {t(`problems.${problem}`)}
            </p>
          )}
          {canSet && (
            <form action={setWarehouseLevel} className="flex flex-wrap items-end gap-2">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="variant_id" value={row.variant.id} />
              <div className="min-w-0 flex-1 space-y-1">
                <label htmlFor={input} className="block text-sm font-semibold">
                  {t("setLabel")}
                </label>
                <input
                  id={input}
                  name="stocked_quantity"
                  inputMode="numeric"
                  defaultValue={row.warehouse?.stocked ?? 0}
                  required
                  className={inputClass}
                />
              </div>
              <button type="submit" className={primaryButton}>
                {t("save")}
              </button>
            </form>
          )}
        </>
      )}
    </li>
  )
}
