import type { Agency } from "../catalog/agency";

/** Vietnamese sentences for template errors: what is wrong, then how to fix it. Codes stay in the logic. */

export type TemplateErrorForMessage =
  | { readonly code: "no_plan" }
  | { readonly code: "plan_unknown"; readonly planId: string }
  | { readonly code: "provinces_differ"; readonly plans: readonly { readonly planId: string; readonly province: string }[] }
  | { readonly code: "agency_unknown"; readonly agency: string }
  | { readonly code: "agency_replaced"; readonly agency: Agency; readonly holders: readonly Agency[] }
  | { readonly code: "year_invalid"; readonly year: number }
  | { readonly code: "date_invalid"; readonly field: "cutoff" | "deadline"; readonly value: string };

export function templateErrorMessage(error: TemplateErrorForMessage): string {
  switch (error.code) {
    case "no_plan":
      return "Chưa chọn kế hoạch nào. Hãy chọn ít nhất một kế hoạch.";
    case "plan_unknown":
      return `Không có kế hoạch "${error.planId}" trong danh mục. Hãy chọn một kế hoạch có trong danh mục.`;
    case "provinces_differ":
      return `Các kế hoạch thuộc các tỉnh khác nhau (${error.plans
        .map((plan) => `${plan.planId}: ${plan.province}`)
        .join("; ")}). Mỗi mẫu biểu chỉ gộp các kế hoạch của cùng một tỉnh; hãy tạo riêng cho từng tỉnh.`;
    case "agency_unknown":
      return `Không có cơ quan "${error.agency}" trong danh sách cơ quan. Hãy chọn theo mã hoặc tên trong danh sách.`;
    case "agency_replaced":
      return `${error.agency.name} không còn tồn tại sau sắp xếp; nhiệm vụ của cơ quan nay do ${
        error.holders.map((holder) => `${holder.name} (${holder.id})`).join("; ") || "cơ quan khác"
      } đảm nhận. Hãy tạo mẫu biểu cho cơ quan đó.`;
    case "year_invalid":
      return `Năm báo cáo ${error.year} không hợp lệ. Hãy ghi năm dạng yyyy, ví dụ 2026.`;
    case "date_invalid":
      return `${error.field === "cutoff" ? "Thời gian chốt số liệu" : "Hạn gửi báo cáo"} "${error.value}" không phải một ngày hợp lệ. Hãy ghi dạng ngày/tháng/năm, ví dụ 15/11/2026.`;
  }
}
