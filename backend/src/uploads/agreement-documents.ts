import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import multer from "multer"

/** Agreements are scanned or exported PDFs; 10 MB holds a long contract scanned at 300 dpi. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
const MB = MAX_DOCUMENT_BYTES / 1024 / 1024

const upload = multer({
  storage: multer.memoryStorage(),
  // Browsers send file names as raw UTF-8 bytes; busboy's latin1 default garbles Vietnamese names.
  defParamCharset: "utf8",
  limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 5 },
})

/**
 * The name a document is stored and downloaded under: the client's name in NFC, without path,
 * control or markup characters, and always ending in `.pdf`, so `contract.pdf.exe` is saved as
 * `contract.pdf` and never downloads as an executable.
 */
export function documentFilename(originalname: string): string {
  const base = originalname.normalize("NFC").split(/[\\/]/).pop() ?? ""
  const clean = base
    .replace(/[^\p{L}\p{M}\p{N}._ -]/gu, "_")
    .replace(/(\.[\p{L}\p{N}]{1,8})+$/u, "")
    .replace(/^[._ ]+|[._ ]+$/g, "")
    .slice(0, 116)
  return `${clean || "agreement"}.pdf`
}

const reject = (res: MedusaResponse, status: number, message: string) =>
  res.status(status).json({ type: "invalid_data", message })

/**
 * Reads one multipart `file` field and accepts it only as a PDF: by its declared type and by its
 * first bytes (`%PDF-`), so a renamed image or executable is refused. Oversized files get a 413.
 */
export function acceptPdfUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload.single("file")(req as never, res as never, (error?: unknown) => {
    if (error) {
      const code = (error as { code?: string }).code
      if (code === "LIMIT_FILE_SIZE") return reject(res, 413, `file is larger than ${MB} MB`)
      return reject(res, 400, `upload is not a single file in the "file" field (${(error as Error).message})`)
    }
    const file = (req as unknown as { file?: Express.Multer.File }).file
    if (!file) return reject(res, 400, 'no file: send the PDF as multipart/form-data in the "file" field')
    const isPdf = file.buffer.subarray(0, 5).toString("latin1") === "%PDF-"
    if (!isPdf || (file.mimetype !== "application/pdf" && file.mimetype !== "application/octet-stream"))
      return reject(res, 415, `${file.originalname} is not a PDF; agreements accept PDF files only`)
    next()
  })
}
