import Image from "next/image"

/**
 * The product's pictures: the first large, the rest a swipe away. A row that snaps picture by
 * picture (no script), with numbered links under it for those who do not swipe; it scrolls inside
 * itself, never the page.
 */
export function Gallery({ title, urls, label }: { title: string; urls: string[]; label: (n: number) => string }) {
  if (!urls.length) return null
  return (
    <div className="space-y-2" data-testid="gallery">
      <ul className="flex snap-x snap-mandatory overflow-x-auto rounded-lg border border-stone-200 bg-white">
        {urls.map((url, i) => (
          <li key={url} id={`photo-${i + 1}`} className="w-full shrink-0 snap-center">
            <Image
              src={url}
              alt={i === 0 ? title : `${title} – ${label(i + 1)}`}
              width={800}
              height={800}
              preload={i === 0}
              sizes="(min-width: 768px) 50vw, 100vw"
              className="aspect-square w-full object-cover"
            />
          </li>
        ))}
      </ul>
      {urls.length > 1 && (
        <p className="flex flex-wrap gap-2">
          {urls.map((url, i) => (
            <a
              key={url}
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
