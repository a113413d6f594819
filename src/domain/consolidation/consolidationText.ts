import type { AgencyState, SubmissionRole } from "./submissionRegister";
import { METHOD_SHEET_NAME } from "./buildMethodSheet";
import type { TaskLineState } from "./progressColumn";

/** The report's wording, apart from its logic: Vietnamese, as the officer pastes it into the province's report. */

export const SHEET_TITLES = {
  summary: "Tổng hợp",
  register: "Sổ theo dõi",
  chase: "Cần đôn đốc",
  indicators: "Chỉ tiêu",
  tasks: "Nhiệm vụ",
  draft: "Dự thảo báo cáo",
  history: "Dữ liệu",
  method: METHOD_SHEET_NAME,
} as const;

export const STATE_LABELS: Readonly<Record<AgencyState, string>> = {
  on_time: "Đúng hạn",
  late: "Muộn hạn",
  received: "Đã nhận (không rõ ngày gửi)",
  not_merged: "Đã gửi, chưa tổng hợp được (lỗi cấu trúc)",
  missing: "Chưa gửi",
};

export const ROLE_LABELS: Readonly<Record<SubmissionRole, string>> = {
  used: "Dùng để tổng hợp",
  superseded: "Bản trước, đã có bản mới hơn",
  not_merged: "Không tổng hợp: lỗi cấu trúc",
};

export const INCLUDED_LABEL = "tổng hợp theo yêu cầu dù có lỗi cấu trúc";

export const TASK_STATE_LABELS: Readonly<Record<TaskLineState, string>> = {
  done: "Hoàn thành",
  done_late: "Hoàn thành chậm",
  on_schedule: "Đúng tiến độ",
  behind: "Chậm tiến độ",
  not_started: "Chưa triển khai",
  needs_correction: "Cần sửa",
  not_reported: "Chưa báo cáo",
};

/** The same in English, for the pane's charts when the pane is in English; the report itself is Vietnamese. */
export const TASK_STATE_LABELS_EN: Readonly<Record<TaskLineState, string>> = {
  done: "Done",
  done_late: "Done late",
  on_schedule: "On schedule",
  behind: "Behind schedule",
  not_started: "Not started",
  needs_correction: "Needs correction",
  not_reported: "Not reported",
};

export const OTHER_GOAL_TITLE = "Nhiệm vụ không thuộc mục tiêu nào";

export const UNMATCHED_LABELS = {
  not_identified: "Không nhận ra là mẫu biểu của cơ quan nào",
  not_expected: "Cơ quan không có phần việc trong các kế hoạch này",
} as const;
