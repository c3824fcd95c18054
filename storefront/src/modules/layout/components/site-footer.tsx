import { POLICY_KINDS, POLICY_SLUGS } from "@ocop/core"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { getPolicies } from "@/lib/data/policies"

/** Links a thumb can hit: 44 px tall, as the header's. */
const LINK = "inline-flex min-h-11 items-center px-2 underline"

/**
 * Every page's footer: who operates the shop and its standing with the Ministry of Industry and
 * Trade (Decree 52/2013/NĐ-CP as amended), and the five policies, all from the operator's data.
 */
export async function SiteFooter({ locale }: { locale: Locale }) {
  const [t, about, { operator, current }] = await Promise.all([
    getTranslations({ locale, namespace: "Layout" }),
    getTranslations({ locale, namespace: "About" }),
    getPolicies(),
  ])
  const p = await getTranslations({ locale, namespace: "Policies" })
  const published = POLICY_KINDS.filter((kind) => current.some((v) => v.kind === kind))
  return (
    <footer
      className="space-y-3 border-t border-stone-200 px-4 py-6 text-center text-xs text-stone-600"
      data-testid="site-footer"
    >
      <nav aria-label={p("navLabel")}>
        <ul className="flex flex-wrap justify-center">
          {published.map((kind) => (
            <li key={kind}>
              <Link href={`/policies/${POLICY_SLUGS[kind]}`} className={LINK}>
                {p(`kinds.${kind}`)}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/about" className={LINK}>
              {about("link")}
            </Link>
          </li>
          <li>
            <Link href="/order/lookup" className={LINK}>
              {t("findOrder")}
            </Link>
          </li>
        </ul>
      </nav>
      {operator && (
        <address className="mx-auto max-w-prose space-y-1 break-words not-italic" data-testid="operator">
          <p className="font-semibold">{operator.name}</p>
          <p>{operator.address}</p>
          <p>
            {p("phone")}: <a href={`tel:${operator.phone.replace(/[^\d+]/g, "")}`}>{operator.phone}</a> · {p("email")}:{" "}
            <a href={`mailto:${operator.email}`}>{operator.email}</a>
          </p>
          <p>
            {p("registration")}: {operator.registration_number}
          </p>
          <p data-testid="moit-status">
            {p(`moit.${operator.moit_status}`)}
            {operator.moit_number && ` · ${p("moitNumber")}: ${operator.moit_number}`}
            {operator.moit_url && (
              <>
                {" · "}
                <a href={operator.moit_url} rel="noopener noreferrer" className="underline">
                  {p("moitLink")}
                </a>
              </>
            )}
          </p>
        </address>
      )}
      <p>{t("footer")}</p>
    </footer>
  )
}
