/** Error codes the fake raises, spelled as Office.js spells them (OfficeExtension.ErrorCodes / Excel.ErrorCodes). */
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "ItemNotFound"
  | "InvalidArgument"
  | "ItemAlreadyExists"
  | "InvalidOperation"
  | "AccessDenied"
  | "RequestPayloadSizeLimitExceeded";

const STANDARD_MESSAGES: Record<FakeErrorCode, string> = {
  PropertyNotLoaded:
    "The property is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ValueNotLoaded: "The value of the result object has not been loaded yet. Before reading the value property, call \"context.sync()\" on the associated request context.",
  ItemNotFound: "The requested resource doesn't exist.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  ItemAlreadyExists: "The resource already exists.",
  InvalidOperation: "The operation is invalid for the object.",
  AccessDenied: "You cannot perform the requested operation.",
  RequestPayloadSizeLimitExceeded:
    "The request payload size has exceeded the limit. See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization for more information.",
};

/** Shaped like OfficeExtension.Error (what Office.js rejects `context.sync()` with): name "RichApi.Error", code, debugInfo. */
export class FakeOfficeError
  extends Error
  implements Pick<OfficeExtension.Error, "name" | "code" | "message" | "debugInfo" | "traceMessages">
{
  override name = "RichApi.Error";
  readonly code: FakeErrorCode;
  readonly debugInfo: OfficeExtension.DebugInfo;
  readonly traceMessages: string[] = [];

  constructor(code: FakeErrorCode, errorLocation: string, detail: string, statement?: string) {
    super(`${STANDARD_MESSAGES[code]} [fake: ${detail}]`);
    this.code = code;
    this.debugInfo = { code, message: STANDARD_MESSAGES[code], errorLocation, statement };
  }
}

export function officeError(code: FakeErrorCode, errorLocation: string, detail: string): FakeOfficeError {
  return new FakeOfficeError(code, errorLocation, detail);
}

/**
 * Thrown when code asks the fake for something it does not model. Not an Office error: it means the fake must grow
 * (honestly) before the adapter may rely on that behaviour.
 */
export class FakeLimitationError extends Error {
  override name = "FakeLimitationError";
}
