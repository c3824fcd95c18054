import { getLocale, getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { listSalesPoints } from "@/lib/data/producers"

/** OCOP sales points that have the product on their shelves (pickup is offered at checkout). */
export async function WhereToBuy({ productId, handle }: { productId: string; handle: string }) {
  const [t, locale] = await Promise.all([getTranslations("Product"), getLocale()])
  const points = await listSalesPoints(productId, handle, locale as Locale)
  return (
    <section aria-labelledby="where-to-buy" data-testid="where-to-buy">
      <h2 id="where-to-buy" className="mb-1 text-lg font-semibold">
        {t("whereToBuy")}
      </h2>
      {points.length ? (
        <ul className="space-y-1 text-sm">
          {points.map((p) => (
            <li key={p.id}>
              <span className="font-semibold">{p.name}</span> — {p.address}{" "}
              <span className="text-stone-600">({t("inStock", { count: p.available_quantity })})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm">{t("onlineOnly")}</p>
      )}
    </section>
  )
}
