import { UnknownCode } from "@/modules/trace/components/unknown-code"

/** A scanned code that no registered product carries (the scan page calls notFound()). */
export default function ScanNotFound() {
  return <UnknownCode />
}
