import { shownCertificate, starGlyphs, vietnameseDay } from "@ocop/core"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { Product } from "@/lib/data/products"

/** The certification facts a shopper checks before buying: stars, certificate, producer and commune. */
export function OcopCard({ product }: { product: Product }) {
  const t = useTranslations("Product")
  const types = useTranslations("SubjectType")
  const certificate = shownCertificate(product.certificates)
  const producer = product.subject
  if (!certificate) return null
  return (
    <section className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm" data-testid="ocop-card">
      <p className="text-base font-bold">
        <span aria-hidden className="text-amber-700">
          {starGlyphs(certificate.stars)}
        </span>{" "}
        {t("ocopStars", { stars: certificate.stars })}
      </p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-stone-600">{t("certificateNumber")}</dt>
        <dd data-testid="certificate-number">{certificate.number}</dd>
        <dt className="text-stone-600">{t("validUntil")}</dt>
        <dd>{vietnameseDay(certificate.valid_until)}</dd>
        {producer && (
          <>
            <dt className="text-stone-600">{t("producer")}</dt>
            <dd>
              <Link href={`/producers/${producer.key}`} className="underline" data-testid="producer-link">
                {producer.name}
              </Link>{" "}
              ({types(producer.type)})
            </dd>
            <dt className="text-stone-600">{t("locality")}</dt>
            <dd data-testid="commune">{producer.commune?.name ?? producer.legacy_locality}</dd>
          </>
        )}
      </dl>
    </section>
  )
}
