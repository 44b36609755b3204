import { AppError } from '../domain/app-error.js';

/** Stable codes: the CLI prints them and the API maps them to problem+json (400/413/415/422). */
export type ImportErrorCode =
  | 'empty_file'
  | 'file_too_large'
  | 'unsupported_format'
  | 'legacy_word_format'
  | 'pdf_unreadable'
  | 'pdf_without_text'
  | 'docx_unreadable'
  | 'file_unreadable'
  | 'document_too_complex';

export class ImportError extends AppError {
  readonly code: ImportErrorCode;
  readonly file: string;

  constructor(code: ImportErrorCode, file: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ImportError';
    this.code = code;
    this.file = file;
  }

  toJSON(): { code: ImportErrorCode; file: string; message: string } {
    return { code: this.code, file: this.file, message: this.message };
  }
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}

const MB = 1024 * 1024;

export const importErrors = {
  empty: (file: string) => new ImportError('empty_file', file, `Het bestand '${file}' is leeg.`),
  tooLarge: (file: string, bytes: number, limit: number) =>
    new ImportError(
      'file_too_large',
      file,
      `Het bestand '${file}' is te groot (${(bytes / MB).toFixed(1)} MB; maximaal ${(limit / MB).toFixed(0)} MB).`,
    ),
  unsupported: (file: string) =>
    new ImportError(
      'unsupported_format',
      file,
      `Het bestand '${file}' is geen PDF, Word-document (.docx) of tekstbestand en kan niet worden gelezen.`,
    ),
  legacyWord: (file: string) =>
    new ImportError(
      'legacy_word_format',
      file,
      `Het bestand '${file}' is een oud Word-document (.doc). Sla het op als .docx of PDF en probeer het opnieuw.`,
    ),
  pdfUnreadable: (file: string, cause: unknown) =>
    new ImportError('pdf_unreadable', file, `De PDF '${file}' is beschadigd of kan niet worden gelezen.`, {
      cause,
    }),
  pdfWithoutText: (file: string) =>
    new ImportError(
      'pdf_without_text',
      file,
      `De PDF '${file}' bevat geen tekstlaag (waarschijnlijk een scan). Lever een PDF met tekst aan of laat het document eerst herkennen (OCR).`,
    ),
  docxUnreadable: (file: string, cause: unknown) =>
    new ImportError(
      'docx_unreadable',
      file,
      `Het Word-document '${file}' is beschadigd of is geen geldig .docx-bestand.`,
      { cause },
    ),
  tooComplex: (file: string, what: string) =>
    new ImportError(
      'document_too_complex',
      file,
      `Het bestand '${file}' is te groot of te ingewikkeld om in te lezen: ${what}. Splits het document of lever het als PDF of tekst aan.`,
    ),
  unreadable: (file: string, cause: unknown) =>
    new ImportError('file_unreadable', file, `Het bestand '${file}' kan niet worden geopend.`, { cause }),
};
