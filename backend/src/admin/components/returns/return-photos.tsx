/**
 * The shopper's photos of a return as thumbnails, each opening whole in a new tab. Served by
 * `GET /admin/return-requests/:id/photos/:n` from the private files: same origin as the admin, so
 * the session cookie authorises the image, and nothing keeps it (`private, no-store`).
 */
export function ReturnPhotos({ id, count, order }: { id: string; count: number; order: number }) {
  if (!count) return null
  return (
    <span className="mt-1 flex gap-1" data-testid="return-photos">
      {Array.from({ length: count }, (_, n) => {
        const src = `/admin/return-requests/${encodeURIComponent(id)}/photos/${n}`
        return (
          <a key={n} href={src} target="_blank" rel="noreferrer">
            <img
              src={src}
              alt={`Ảnh ${n + 1} người mua gửi kèm yêu cầu trả hàng đơn #${order}`}
              loading="lazy"
              className="h-16 w-16 rounded border border-ui-border-base object-cover"
            />
          </a>
        )
      })}
    </span>
  )
}
