import { useTranslations } from "next-intl"
import type { SalesPointWithProducts } from "@ocop/core"
import { ProductLinks } from "./product-links"

/** One sales point: what and where it is, when it opens, who runs it, and its certified products. */
export function SalesPointItem({ point, commune }: { point: SalesPointWithProducts; commune: string | null }) {
  const t = useTranslations("SalesPoints")
  const types = useTranslations("SalesPointType")
  const address = [point.address, commune && !point.address.includes(commune) ? commune : null]
    .filter(Boolean)
    .join(", ")
  return (
    <li
      id={`sp-${point.key}`}
      className="scroll-mt-4 space-y-3 rounded-lg border border-stone-200 bg-white p-4"
      data-testid="sales-point"
    >
      <header>
        <h2 className="text-lg font-semibold">{point.name}</h2>
        <p className="text-sm text-stone-600">{types(point.type)}</p>
      </header>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-stone-600">{t("address")}</dt>
        <dd>{address}</dd>
        {point.opening_hours && (
          <>
            <dt className="text-stone-600">{t("openingHours")}</dt>
            <dd>{point.opening_hours}</dd>
          </>
        )}
        {point.operator && (
          <>
            <dt className="text-stone-600">{t("operator")}</dt>
            <dd>{point.operator}</dd>
          </>
        )}
        {point.tours.length > 0 && (
          <>
            <dt className="text-stone-600">{t("tours")}</dt>
            <dd>{point.tours.join("; ")}</dd>
          </>
        )}
      </dl>
      <section className="space-y-1">
        <h3 className="text-sm font-semibold">{t("products")}</h3>
        {point.products.length ? (
          <ProductLinks products={point.products} />
        ) : (
          <p className="text-sm text-stone-600">{t("noProducts")}</p>
        )}
      </section>
      {/* Every sales point is a pickup option at checkout (its stock location has one). */}
      <p className="rounded bg-amber-50 p-2 text-sm text-amber-900">{t("pickup", { name: point.name })}</p>
    </li>
  )
}
