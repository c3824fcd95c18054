import { photoSrcSet, type PhotoWidth } from "@ocop/core"
import Image from "next/image"

type Props = {
  url: string
  /** The widths a producer's photo is stored at; none for other pictures. */
  widths: PhotoWidth[]
  alt: string
  sizes: string
  className: string
  preload?: boolean
}

/**
 * One product picture. A producer's photo is already stored as WebP at a few widths, so the browser
 * picks one from its srcset straight from the file store (no second resize by Next's optimiser, and
 * it works whatever host the File Module serves from); any other picture goes through next/image.
 */
export function Photo({ url, widths, alt, sizes, className, preload = false }: Props) {
  if (!widths.length)
    return <Image src={url} alt={alt} width={800} height={800} sizes={sizes} preload={preload} className={className} />
  const largest = widths[widths.length - 1]
  return (
    <img
      src={largest.url}
      srcSet={photoSrcSet(widths)}
      sizes={sizes}
      alt={alt}
      width={largest.width}
      height={largest.height}
      loading={preload ? "eager" : "lazy"}
      fetchPriority={preload ? "high" : undefined}
      decoding="async"
      className={className}
    />
  )
}
