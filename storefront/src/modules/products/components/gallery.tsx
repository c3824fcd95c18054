import { photoWidthsOf, type PhotoWidth } from "@ocop/core"
import { Photo } from "./photo"

/** A picture of the gallery: its URL and, for a producer's photo, the widths it is stored at. */
export type GalleryPhoto = { url: string; widths: PhotoWidth[] }

/**
 * The product's pictures: the first large, the rest a swipe away. A row that snaps picture by
 * picture (no script), with numbered links under it for those who do not swipe; it scrolls inside
 * itself, never the page.
 */
export function Gallery({
  title,
  photos,
  label,
}: {
  title: string
  photos: GalleryPhoto[]
  label: (n: number) => string
}) {
  if (!photos.length) return null
  return (
    <div className="space-y-2" data-testid="gallery">
      <ul className="flex snap-x snap-mandatory overflow-x-auto rounded-lg border border-stone-200 bg-white">
        {photos.map((photo, i) => (
          <li key={photo.url} id={`photo-${i + 1}`} className="w-full shrink-0 snap-center">
            <Photo
              url={photo.url}
              widths={photo.widths}
              alt={i === 0 ? title : `${title} – ${label(i + 1)}`}
              preload={i === 0}
              sizes="(min-width: 768px) 50vw, 100vw"
              className="aspect-square w-full object-cover"
            />
          </li>
        ))}
      </ul>
      {photos.length > 1 && (
        <p className="flex flex-wrap gap-2">
          {photos.map((photo, i) => (
            <a
              key={photo.url}
              href={`#photo-${i + 1}`}
              className="inline-flex h-11 min-w-11 items-center justify-center rounded border border-stone-300 px-2 text-sm"
            >
              {label(i + 1)}
            </a>
          ))}
        </p>
      )}
    </div>
  )
}

type StoreImage = { url: string; rank?: number | null; metadata?: Record<string, unknown> | null }

/**
 * A Store API product's pictures in order: its thumbnail first (an image of the product, or a
 * picture of its own), then its images by rank; each producer's photo with its stored widths.
 */
export function galleryPhotos(
  thumbnail: string | null | undefined,
  images: StoreImage[] | null | undefined,
): GalleryPhoto[] {
  const ranked = [...(images ?? [])].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
  const first = ranked.find((i) => i.url === thumbnail)
  const ordered = first
    ? [first, ...ranked.filter((i) => i !== first)]
    : [...(thumbnail ? [{ url: thumbnail }] : []), ...ranked]
  return ordered.map((i) => ({ url: i.url, widths: photoWidthsOf(i.metadata) }))
}
