/**
 * What the Office.js adapter throws: the Office error code ("ItemNotFound", "InvalidArgument",
 * "RequestPayloadSizeLimitExceeded"…) or one of its own ("InvalidValue"), a message, and the original error.
 */
export class ExcelAdapterError extends Error {
  override name = "ExcelAdapterError";
  override readonly cause: unknown;

  constructor(
    readonly code: string,
    message: string,
    cause?: unknown,
  ) {
    super(message);
    this.cause = cause;
  }
}

interface OfficeErrorShape {
  readonly code: string;
  readonly message: string;
  readonly debugInfo?: { readonly errorLocation?: string };
}

function isOfficeError(error: unknown): error is OfficeErrorShape {
  return (
    error !== null &&
    typeof error === "object" &&
    typeof (error as { code?: unknown }).code === "string" &&
    typeof (error as { message?: unknown }).message === "string"
  );
}

/** Wraps whatever an Excel.run rejected with; OfficeExtension.Error keeps its code and where it happened. */
export function toExcelAdapterError(error: unknown): ExcelAdapterError {
  if (error instanceof ExcelAdapterError) return error;
  if (isOfficeError(error)) {
    const location = error.debugInfo?.errorLocation;
    return new ExcelAdapterError(error.code, location ? `${error.message} (${location})` : error.message, error);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ExcelAdapterError("Unknown", message, error);
}
