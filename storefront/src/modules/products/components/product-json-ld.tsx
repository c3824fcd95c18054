import { shownCertificate, type ProductReviewsResponse } from "@ocop/core"
import type { Product } from "@/lib/data/products"
import { reviewsJsonLd } from "@/modules/reviews/json-ld"

/**
 * schema.org Product with its offers, so search engines show the price and availability; the OCOP
 * certificate travels as additional properties, and real buyers' approved reviews as AggregateRating
 * and Review (none without them). Only listed products reach this page.
 */
export function ProductJsonLd({
  product,
  url,
  reviews = null,
}: {
  product: Product
  url: string
  reviews?: ProductReviewsResponse | null
}) {
  const certificate = shownCertificate(product.certificates)
  const offers = (product.variants ?? []).flatMap((v) =>
    typeof v.calculated_price?.calculated_amount === "number"
      ? [
          {
            "@type": "Offer",
            sku: v.sku ?? undefined,
            gtin13: v.ean ?? undefined,
            name: v.title,
            price: v.calculated_price.calculated_amount,
            priceCurrency: "VND",
            availability: "https://schema.org/InStock",
            url,
          },
        ]
      : [],
  )
  const data = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: product.description ?? undefined,
    image: product.thumbnail ? [product.thumbnail] : undefined,
    brand: product.subject ? { "@type": "Brand", name: product.subject.name } : undefined,
    offers,
    additionalProperty: certificate
      ? [
          { "@type": "PropertyValue", name: "OCOP stars", value: certificate.stars },
          { "@type": "PropertyValue", name: "OCOP certificate", value: certificate.number },
          { "@type": "PropertyValue", name: "OCOP certificate valid until", value: certificate.valid_until },
        ]
      : undefined,
    ...reviewsJsonLd(reviews),
  }
  // "<" escaped so that no text from the catalogue can close the script element.
  const json = JSON.stringify(data).replace(/</g, "\\u003c")
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
}
