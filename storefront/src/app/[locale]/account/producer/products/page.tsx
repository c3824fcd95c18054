import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import type { ProducerProductView } from "@ocop/core"
import type { Locale } from "@/i18n/routing"
import { Link } from "@/i18n/navigation"
import { saveProducerProduct } from "@/lib/actions/producer/catalogue"
import { retrieveCustomer } from "@/lib/data/customer"
import { getProducerCatalogue } from "@/lib/data/producer-catalogue"
import { signInPath } from "@/lib/next-path"
import { CATALOGUE_DONE, CATALOGUE_PROBLEMS } from "@/modules/producer/catalogue-refusal"
import { knownKey } from "@/modules/producer/refusal"
import { cardClass, inputClass, primaryButton } from "@/modules/trade/styles"
import { AccessNotice } from "@/modules/producer/components/access-notice"

export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<{ done?: string | string[]; problem?: string | string[]; product?: string | string[] }>
}

type T = (key: string, values?: Record<string, string | number>) => string

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return {
    title: (await getTranslations({ locale, namespace: "ProducerCatalogue" }))("title"),
    robots: { index: false },
  }
}

/**
 * The producer's products: one plain form per product for its texts in vi and en and each variant's
 * price and shelf data, posting to a server action, so it works with JavaScript off; what happened
 * comes back in the address, shown at the product it concerns, with any change request waiting for
 * review and the official's note on a returned one.
 */
export default async function ProducerProductsPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const customer = await retrieveCustomer()
  if (!customer) redirect(signInPath(locale, `/${locale}/account/producer/products`))
  const [t, state, query] = await Promise.all([
    getTranslations("ProducerCatalogue"),
    getProducerCatalogue(),
    searchParams,
  ])
  const done = knownKey(query.done, CATALOGUE_DONE)
  const problem = knownKey(query.problem, CATALOGUE_PROBLEMS)
  const at = typeof query.product === "string" ? query.product : null

  return (
    <section className="space-y-6" data-testid="producer-products">
      <header className="space-y-1">
        <Link href="/account/producer" className="text-sm underline">
          ← {t("workspace")}
        </Link>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
      </header>
      <AccessNotice state={state} none={t("none")} suspended={(reason) => t("suspended", { reason })} />
      {state.kind === "member" && (
        <>
          <p className="text-sm text-stone-700">{t("intro")}</p>
          <Link
            href="/account/producer/products/new"
            className="block font-semibold underline"
            data-testid="producer-propose-link"
          >
            {t("propose")}
          </Link>
          {state.products.length ? (
            <ul className="space-y-4">
              {state.products.map((p) => (
                <ProductForm
                  key={p.id}
                  product={p}
                  locale={locale}
                  done={p.id === at ? done : null}
                  problem={p.id === at ? problem : null}
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

type FormProps = {
  product: ProducerProductView
  locale: Locale
  done: string | null
  problem: string | null
  t: T
}

function ProductForm({ product, locale, done, problem, t }: FormProps) {
  const request = product.change_request
  const number = new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB")
  const when = new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", { dateStyle: "short", timeStyle: "short" })
  const variantTitle = new Map(product.variants.map((v) => [v.id, v.title]))
  const text = (name: "description" | "description_en" | "subtitle" | "subtitle_en", rows?: number) => {
    const id = `${name}-${product.id}`
    return (
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-semibold">
          {t(name)}
        </label>
        {rows ? (
          <textarea
            id={id}
            name={name}
            rows={rows}
            defaultValue={product.texts[name] ?? ""}
            maxLength={5000}
            className={inputClass}
          />
        ) : (
          <input id={id} name={name} defaultValue={product.texts[name] ?? ""} maxLength={200} className={inputClass} />
        )}
      </div>
    )
  }
  return (
    <li id={`p-${product.id}`} className={`${cardClass} space-y-3`} data-testid="producer-product">
      <h2 className="break-words text-lg font-semibold">{product.title}</h2>
      {product.status !== "published" && (
        <p className="text-sm text-stone-700" data-testid="producer-product-draft">
          {t("draft")}
        </p>
      )}
      <Link
        href={`/account/producer/products/${product.id}/photos`}
        className="block text-sm font-semibold underline"
        data-testid="producer-photos-link"
      >
        {t("photos", { count: product.photos.length })}
      </Link>
      {product.edit_mode === "review" && <p className="text-sm text-stone-700">{t("reviewMode")}</p>}
      {request?.status === "open" && (
        <p
          role="status"
          className="rounded border border-amber-400 bg-amber-50 p-2"
          data-testid="producer-product-waiting"
        >
          {t("waiting", {
            fields: Object.keys(request.proposed)
              .map((f) => t(f))
              .join(", "),
          })}
        </p>
      )}
      {request?.status === "returned" && (
        <p
          role="status"
          className="break-words rounded border border-amber-400 bg-amber-50 p-2"
          data-testid="producer-product-returned"
        >
          {t("returned", { note: request.note ?? "" })}
        </p>
      )}
      {done && (
        <p
          role="status"
          className="rounded border border-green-700 bg-green-50 p-2"
          data-testid="producer-product-done"
        >
          {t(`done.${done}`)}
        </p>
      )}
      {problem && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-2 text-red-900"
          data-testid="producer-product-problem"
        >
          {t(`problems.${problem}`)}
        </p>
      )}
      <form action={saveProducerProduct} className="space-y-3">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="product_id" value={product.id} />
        {text("subtitle")}
        {text("subtitle_en")}
        {text("description", 5)}
        {text("description_en", 5)}
        {product.variants.map((v) => (
          <fieldset key={v.id} className="space-y-2 rounded border border-stone-200 p-3">
            <legend className="break-words px-1 text-sm font-semibold">
              {v.title}
              {v.sku ? ` · ${v.sku}` : ""}
            </legend>
            <input type="hidden" name="variant_id" value={v.id} />
            <div className="grid grid-cols-2 gap-2">
              {(["price", "weight", "length", "width", "height"] as const).map((name) => (
                <div key={name} className={`min-w-0 space-y-1 ${name === "price" ? "col-span-2" : ""}`}>
                  <label htmlFor={`${name}-${v.id}`} className="block text-sm">
                    {t(name)}
                  </label>
                  <input
                    id={`${name}-${v.id}`}
                    name={`${name}:${v.id}`}
                    inputMode="numeric"
                    defaultValue={v[name] ?? ""}
                    className={inputClass}
                  />
                </div>
              ))}
            </div>
          </fieldset>
        ))}
        <button type="submit" className={primaryButton}>
          {t("save")}
        </button>
      </form>
      {product.price_history.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">{t("history")}</h3>
          <ul className="text-sm text-stone-700" data-testid="producer-price-history">
            {product.price_history.slice(0, 10).map((h, i) => (
              <li key={`${h.variant_id}-${i}`} className="break-words">
                {t("historyLine", {
                  variant: variantTitle.get(h.variant_id) ?? "",
                  old: h.old_amount === null ? "—" : number.format(h.old_amount),
                  new: number.format(h.new_amount),
                  who: h.changed_by,
                  when: when.format(new Date(h.changed_at)),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  )
}
