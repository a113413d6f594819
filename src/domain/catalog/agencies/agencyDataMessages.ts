import type { Issue } from "../../issue";

/** Codes of the problems checkAgencyData finds in agencies.json and agency-successors.json. */
export type AgencyDataIssueCode =
  | "agency_id_invalid"
  | "agency_id_duplicate"
  | "agency_province_mismatch"
  | "agency_kind_invalid"
  | "agency_name_missing"
  | "agency_text_not_nfc"
  | "agency_spelling_shared"
  | "agency_group_not_collective"
  | "succession_unknown_agency"
  | "succession_date_invalid"
  | "succession_self_loop"
  | "succession_no_target"
  | "succession_source_missing"
  | "succession_cycle";

type Params = Readonly<Record<string, string | number | boolean | null>>;

/** Vietnamese wording for each code; the checks only choose codes and parameters. */
export function agencyDataMessage(code: AgencyDataIssueCode, p: Params): { message: string; hint: string | null } {
  const v = (key: string): string => String(p[key] ?? "");
  switch (code) {
    case "agency_id_invalid":
      return { message: `Mã cơ quan "${v("id")}" không đúng dạng.`, hint: "Dạng mã: tinh.ten-viet-tat (chữ thường, không dấu), ví dụ thanhhoa.skhdt hoặc vn.bo-khdt." };
    case "agency_id_duplicate":
      return { message: `Mã cơ quan "${v("id")}" bị trùng.`, hint: "Mỗi cơ quan cần một mã riêng." };
    case "agency_province_mismatch":
      return { message: `Mã "${v("id")}" không khớp với tỉnh "${v("province")}".`, hint: "Phần đầu của mã là tỉnh của cơ quan; cơ quan trung ương dùng vn." };
    case "agency_kind_invalid":
      return { message: `Loại cơ quan "${v("kind")}" của "${v("id")}" không hợp lệ.`, hint: null };
    case "agency_name_missing":
      return { message: `Cơ quan "${v("id")}" chưa có tên hoặc tên viết tắt.`, hint: null };
    case "agency_text_not_nfc":
      return { message: `Tên "${v("text")}" của "${v("id")}" chưa chuẩn hóa Unicode (NFC).`, hint: "Lưu lại tệp ở dạng Unicode dựng sẵn (NFC)." };
    case "agency_spelling_shared":
      return { message: `Cách viết "${v("spelling")}" thuộc cả "${v("id")}" và "${v("other")}" trong cùng tỉnh.`, hint: "Một cách viết chỉ được chỉ một cơ quan trong tỉnh; nếu chưa chắc, dùng doubtfulAliases." };
    case "agency_group_not_collective":
      return { message: `"${v("name")}" được đánh dấu là nhóm cơ quan nhưng tên không phải một cụm tập thể.`, hint: "Nhóm cơ quan có tên dạng \"các …\", \"UBND các …\"." };
    case "succession_unknown_agency":
      return { message: `Bảng cơ quan kế thừa dùng mã "${v("id")}" không có trong danh mục cơ quan.`, hint: "Thêm cơ quan vào agencies.json hoặc sửa mã." };
    case "succession_date_invalid":
      return { message: `Ngày hiệu lực "${v("date")}" của "${v("from")}" không đúng dạng yyyy-mm-dd.`, hint: null };
    case "succession_self_loop":
      return { message: `"${v("from")}" được ghi là kế thừa chính nó.`, hint: null };
    case "succession_no_target":
      return { message: `"${v("from")}" chưa có cơ quan kế thừa.`, hint: null };
    case "succession_source_missing":
      return { message: `"${v("from")}" chưa ghi căn cứ (văn bản) của việc sắp xếp.`, hint: "Ghi số, ngày văn bản; nếu chưa xác minh, ghi rõ và đặt uncertain: true." };
    case "succession_cycle":
      return { message: `Chuỗi kế thừa từ "${v("from")}" quay lại một cơ quan đã đi qua.`, hint: null };
  }
}

export function agencyDataIssue(code: AgencyDataIssueCode, params: Params): Issue {
  return { code, severity: "error", sheet: null, cell: null, ...agencyDataMessage(code, params), params };
}
