import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

/**
 * The shop's sections: the whole catalogue, where to buy in person, and the trade fairs. Each link is
 * a full-height tap target (44 px), the size a thumb needs on a phone. On a narrow phone with a wide
 * typeface the row scrolls sideways inside itself rather than wrap onto a second line.
 */
export function MainNav() {
  const t = useTranslations("Layout")
  const links: [string, string, string][] = [
    ["/products", t("allProducts"), "nav-products"],
    ["/sales-points", t("salesPoints"), "nav-sales-points"],
    ["/fairs", t("fairs"), "nav-fairs"],
    // On a phone only: wider screens show it beside the cart (CartLink).
    ["/account", t("account"), "nav-account"],
  ]
  return (
    <nav aria-label={t("mainNav")} className="mx-auto max-w-6xl px-4">
      <ul className="flex gap-x-4 overflow-x-auto text-sm font-semibold whitespace-nowrap sm:flex-wrap sm:overflow-visible">
        {links.map(([href, label, testId]) => (
          <li key={href} className={href === "/account" ? "sm:hidden" : undefined}>
            <Link
              href={href}
              className="inline-flex min-h-11 items-center underline-offset-4 hover:underline"
              data-testid={testId}
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
