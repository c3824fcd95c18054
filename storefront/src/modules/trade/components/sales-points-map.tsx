"use client"

import "leaflet/dist/leaflet.css"
import { useEffect, useRef } from "react"

export type MapPoint = { key: string; name: string; type: string; lat: number; lon: number }

const TILES = process.env.NEXT_PUBLIC_MAP_TILES_URL || "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
const ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
/** Quảng Trị, for a map with no point to fit. */
const PROVINCE: [number, number] = [16.9, 106.9]

/** A popup built from text nodes: names come from officials' data and are never read as HTML. */
function popup(point: MapPoint, details: string): HTMLElement {
  const box = document.createElement("div")
  const name = document.createElement("strong")
  name.textContent = point.name
  const type = document.createElement("p")
  type.textContent = point.type
  const link = document.createElement("a")
  link.href = `#sp-${point.key}`
  link.textContent = details
  box.append(name, type, link)
  return box
}

type Props = { points: MapPoint[]; label: string; details: string }

/**
 * The sales points on a map, an enhancement over the list rendered on the server. Leaflet is loaded
 * in the browser only (it needs `window`). Markers are circles drawn in SVG, so they show without
 * Leaflet's marker images, and without tiles when the tile server cannot be reached.
 */
export function SalesPointsMap({ points, label, details }: Props) {
  const container = useRef<HTMLDivElement>(null)
  useEffect(() => {
    let cancelled = false
    let remove: (() => void) | undefined
    import("leaflet").then((module) => {
      const L = (module as unknown as { default?: typeof module }).default ?? module
      if (cancelled || !container.current) return
      const map = L.map(container.current, { scrollWheelZoom: false })
      remove = () => map.remove()
      L.tileLayer(TILES, { attribution: ATTRIBUTION, maxZoom: 18 }).addTo(map)
      const markers = points.map((p) =>
        L.circleMarker([p.lat, p.lon], {
          radius: 9,
          color: "#7f1d1d",
          weight: 2,
          fillColor: "#b3261e",
          fillOpacity: 0.85,
        })
          .bindTooltip(p.name)
          .bindPopup(popup(p, details)),
      )
      const group = L.featureGroup(markers).addTo(map)
      if (markers.length) map.fitBounds(group.getBounds().pad(0.2), { maxZoom: 13 })
      else map.setView(PROVINCE, 8)
    })
    return () => {
      cancelled = true
      remove?.()
    }
  }, [points, details])
  return (
    <div
      ref={container}
      role="region"
      aria-label={label}
      className="z-0 h-80 w-full rounded-lg border border-stone-200 bg-stone-100"
      data-testid="sales-points-map"
    />
  )
}
