import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { WarningIcon } from "./verdict"

/**
 * What a scanned code that no registered product carries shows (the scan routes' not-found page).
 * Only here is the visitor warned: the shop's own not-found page also serves products that are
 * merely off sale, and must not call them suspicious.
 */
export async function UnknownCode() {
  const t = await getTranslations("Trace")
  return (
    <section className="mx-auto max-w-3xl space-y-4" data-testid="scan-unknown">
      <h1 className="text-2xl font-bold">{t("unknownTitle")}</h1>
      <div role="alert" className="flex items-start gap-3 rounded-lg border-2 border-red-950 bg-red-800 p-4 text-white">
        <WarningIcon />
        <p className="font-semibold">{t("unknownBody")}</p>
      </div>
      <Link href="/products" className="font-semibold text-ocop-red underline">
        {t("catalogue")}
      </Link>
    </section>
  )
}
