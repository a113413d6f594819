import { assertNever } from "../../result";
import type { ValueAmbiguityReason } from "./valueAmbiguity";

/**
 * Vietnamese wording for a ValueAmbiguity, for ReviewItem.message. Kept apart from the parsers so
 * tests match on reason codes, and wording can change without touching the logic.
 */
export function valueAmbiguityMessage(reason: ValueAmbiguityReason, written: string): string {
  switch (reason) {
    case "year_typo":
      return `Khoảng năm "${written}" có năm bắt đầu lớn hơn năm kết thúc; cần xác nhận khoảng năm đúng.`;
    case "number_format":
      return `Số "${written}" không theo cách viết số của Việt Nam (dấu phẩy thập phân, dấu chấm phân nhóm nghìn); cần xác nhận giá trị.`;
    case "unit_suspect":
      return `Đơn vị của giá trị "${written}" có thể bị ghi nhầm (ví dụ % thay cho ‰); cần xác nhận đơn vị.`;
    case "invalid_date":
      return `Ngày hoặc tháng "${written}" không tồn tại; cần xác nhận thời hạn.`;
    case "deadline_unrecognised":
      return `Không đọc được thời hạn từ "${written}"; cần nhập thời hạn.`;
    default:
      return assertNever(reason, "value ambiguity reason");
  }
}
