/**
 * A map link for a place: OpenStreetMap at its coordinates when known, a search for its address
 * otherwise. A plain https link, so it opens the phone's map app or the browser alike.
 */
export function mapLink(place: { address: string; latitude: number | null; longitude: number | null }): string {
  if (place.latitude !== null && place.longitude !== null) {
    const [lat, lon] = [place.latitude.toFixed(5), place.longitude.toFixed(5)]
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`
  }
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(place.address)}`
}
