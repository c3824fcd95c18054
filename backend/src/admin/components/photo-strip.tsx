import { Text } from "@medusajs/ui"
import type { ProducerPhotoView } from "@ocop/core"
import { photoSrcSet } from "../lib/core"

/** A gallery as a row of small pictures in order (the first is the product's thumbnail), for comparing. */
export const PhotoStrip = ({ label, photos }: { label: string; photos: ProducerPhotoView[] }) => (
  <div>
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label} ({photos.length})
    </Text>
    {photos.length ? (
      <ul className="flex flex-wrap gap-2" data-testid="photo-strip">
        {photos.map((p) => (
          <li key={p.id}>
            <img
              src={p.url}
              srcSet={photoSrcSet(p.widths) || undefined}
              sizes="96px"
              alt=""
              className="h-24 w-24 rounded object-cover"
              loading="lazy"
            />
          </li>
        ))}
      </ul>
    ) : (
      <Text size="small">—</Text>
    )}
  </div>
)
