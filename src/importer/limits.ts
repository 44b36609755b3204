/**
 * How much work one document may cost: what the importer inflates, parses and keeps. The largest real documents
 * (a 58 KB accountability report, member letters of a few pages) are far below every limit; what exceeds one is
 * refused with a Dutch error instead of taking the server's memory.
 */
export const IMPORT_LIMITS = {
  /** word/document.xml after inflating: a Word document's text and markup. */
  docxDocumentXmlBytes: 32 * 1024 * 1024,
  /** All entries of a Word archive together after inflating. */
  docxUnpackedBytes: 64 * 1024 * 1024,
  /** PDF pages read. */
  pdfPages: 2_000,
  /** Lines of text kept from one document (any format). */
  lines: 250_000,
  /** Characters of text kept from one document (any format). */
  textChars: 24 * 1024 * 1024,
  /** An upload preview runs in a worker with this much heap (MB) … */
  previewHeapMb: 512,
  /** … and at most this long (ms). */
  previewMillis: 60_000,
} as const;
