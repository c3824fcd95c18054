import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { PRODUCER_PHOTO_LIMITS, type ProducerPhotoView } from "@ocop/core"
import type { Locale } from "@/i18n/routing"
import { Link } from "@/i18n/navigation"
import { arrangeGallery } from "@/lib/actions/producer/gallery"
import { retrieveCustomer } from "@/lib/data/customer"
import { getProducerCatalogue } from "@/lib/data/producer-catalogue"
import { signInPath } from "@/lib/next-path"
import { AccessNotice, Outcome } from "@/modules/producer/components/access-notice"
import { knownKey } from "@/modules/producer/refusal"
import { GALLERY_DONE, GALLERY_PROBLEMS } from "@/modules/producer/stall-refusal"
import { Photo } from "@/modules/products/components/photo"
import { cardClass, dangerButton, primaryButton, secondaryButton } from "@/modules/trade/styles"

export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: Locale; id: string }>
  searchParams: Promise<{ done?: string | string[]; problem?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return {
    title: (await getTranslations({ locale, namespace: "ProducerGallery" }))("title"),
    robots: { index: false },
  }
}

/**
 * A product's photos as its producer arranges them: each with buttons to put it first (the picture
 * in lists), move it up or remove it, and a form to add up to three photos from the phone. Plain
 * forms (the upload posts to `/api/producer/products/:id/photos`), so it works with JavaScript off.
 * In review mode the page shows, and changes, the gallery waiting for the OCOP office.
 */
export default async function ProducerPhotosPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const path = `/${locale}/account/producer/products/${encodeURIComponent(id)}/photos`
  if (!(await retrieveCustomer())) redirect(signInPath(locale, path))
  const [t, state, query] = await Promise.all([
    getTranslations("ProducerGallery"),
    getProducerCatalogue(),
    searchParams,
  ])
  const product = state.kind === "member" ? state.products.find((p) => p.id === id) : undefined
  const request = product?.change_request
  const held = request?.status === "open" ? request.proposed.gallery : undefined
  const photos = held ?? product?.photos ?? []
  const done = knownKey(query.done, GALLERY_DONE)
  const problem = knownKey(query.problem, GALLERY_PROBLEMS)
  return (
    <section className="space-y-6" data-testid="producer-photos">
      <header className="space-y-1">
        <Link href="/account/producer/products" className="text-sm underline">
          ← {t("products")}
        </Link>
        <h1 className="text-2xl font-bold break-words">
          {product ? t("titleOf", { title: product.title }) : t("title")}
        </h1>
      </header>
      <AccessNotice state={state} none={t("none")} suspended={(reason) => t("suspended", { reason })} />
      {state.kind === "member" && !product && <p className={cardClass}>{t("problems.notFound")}</p>}
      {product && (
        <>
          <p className="text-sm text-stone-700">{t(product.edit_mode === "review" ? "introReview" : "intro")}</p>
          {held && (
            <p
              role="status"
              className="rounded border border-amber-400 bg-amber-50 p-2"
              data-testid="producer-photos-waiting"
            >
              {t("waiting")}
            </p>
          )}
          {request?.status === "returned" && request.proposed.gallery && (
            <p role="status" className="break-words rounded border border-amber-400 bg-amber-50 p-2">
              {t("returned", { note: request.note ?? "" })}
            </p>
          )}
          {photos.length ? (
            <ol className="grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="producer-photo-list">
              {photos.map((photo, i) => (
                <PhotoItem
                  key={photo.id}
                  photo={photo}
                  index={i}
                  order={photos}
                  product={product.id}
                  locale={locale}
                  t={t}
                />
              ))}
            </ol>
          ) : (
            <p className="text-stone-700">{t("empty")}</p>
          )}
          <form
            id="upload"
            action={`/api/producer/products/${encodeURIComponent(product.id)}/photos?locale=${locale}`}
            method="post"
            encType="multipart/form-data"
            className={`${cardClass} space-y-3`}
          >
            <Outcome
              done={done && t(`done.${done}`)}
              problem={problem && t(`problems.${problem}`)}
              testId="producer-photos"
            />
            <label htmlFor="photos" className="block font-semibold">
              {t("add")}
            </label>
            <input
              id="photos"
              name="photos"
              type="file"
              accept="image/*"
              multiple
              className="block w-full max-w-full text-sm"
            />
            <p className="text-xs text-stone-600">
              {t("limits", {
                perUpload: PRODUCER_PHOTO_LIMITS.perUpload,
                mb: PRODUCER_PHOTO_LIMITS.bytes / 1024 / 1024,
                perProduct: PRODUCER_PHOTO_LIMITS.perProduct,
              })}
            </p>
            <button type="submit" className={primaryButton}>
              {t("upload")}
            </button>
          </form>
        </>
      )}
    </section>
  )
}

type ItemProps = {
  photo: ProducerPhotoView
  index: number
  order: ProducerPhotoView[]
  product: string
  locale: Locale
  t: (key: string, values?: Record<string, string | number>) => string
}

/** One photo with its place and buttons; the form sends the order shown, so the action needs no reading. */
function PhotoItem({ photo, index, order, product, locale, t }: ItemProps) {
  return (
    <li className="min-w-0 space-y-2 rounded border border-stone-200 bg-white p-2" data-testid="producer-photo">
      <Photo
        url={photo.url}
        widths={photo.widths}
        alt={t("photo", { n: index + 1 })}
        sizes="(min-width: 640px) 33vw, 50vw"
        className="aspect-square w-full rounded object-cover"
      />
      <p className="text-xs text-stone-600">{index === 0 ? t("first") : t("photo", { n: index + 1 })}</p>
      <form action={arrangeGallery} className="flex flex-wrap gap-1">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="product_id" value={product} />
        <input type="hidden" name="photo_id" value={photo.id} />
        <input type="hidden" name="order" value={order.map((p) => p.id).join(",")} />
        {index > 0 && (
          <button type="submit" name="move" value="first" className={secondaryButton}>
            {t("makeFirst")}
          </button>
        )}
        {index > 1 && (
          <button type="submit" name="move" value="earlier" className={secondaryButton}>
            {t("earlier")}
          </button>
        )}
        <button type="submit" name="move" value="remove" className={dangerButton}>
          {t("remove")}
        </button>
      </form>
    </li>
  )
}
