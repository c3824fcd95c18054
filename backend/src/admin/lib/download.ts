import { sdk } from "./sdk"

/**
 * Saves a file the backend renders (labels PDF, EPCIS document). Fetched rather than linked so that
 * a refusal (no OCOP certificate, no serials yet) comes back as a message to show, not as a saved
 * error file, and so the button can spin while a large sheet renders.
 */
export async function download(path: string, accept: string, fallbackName: string): Promise<void> {
  // A non-JSON accept makes the sdk hand back the raw Response; errors still throw with the message.
  const res = await sdk.client.fetch<Response>(path, { headers: { accept } })
  const name = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? fallbackName
  saveFile(await res.blob(), name)
}

/** Hands the browser a file to save under `name`. */
export function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download in some browsers; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
