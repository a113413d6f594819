/**
 * The texts of the "Ngày gửi" field, Vietnamese first: one copy that the validation and consolidation sections'
 * dictionaries both take in, so each section's `text` gives them and only their lazily loaded chunks carry them.
 */
export const SENT_DATE_VI = {
  sentDate: "Ngày gửi",
  sentFromFile: "Theo ngày lưu tệp: {date}.",
  sentUnknown: "Không rõ ngày lưu tệp: nhập ngày gửi để xét đúng hạn.",
  sentEntered: "Ngày đã nhập; xoá để dùng ngày lưu tệp ({date}).",
  sentEnteredNoFile: "Ngày đã nhập.",
  sentInvalid: "Ngày không hợp lệ nên chưa dùng: ghi theo dd/mm/yyyy, ví dụ 20/11/2026.",
};

export type SentDateTextKey = keyof typeof SENT_DATE_VI;

export const SENT_DATE_EN: Readonly<Record<SentDateTextKey, string>> = {
  sentDate: "Date sent",
  sentFromFile: "The file's save date: {date}.",
  sentUnknown: "The file's save date is unknown: enter the date sent to judge timeliness.",
  sentEntered: "Entered; clear it to use the file's save date ({date}).",
  sentEnteredNoFile: "Entered.",
  sentInvalid: "Not a valid date, so not used: write dd/mm/yyyy, e.g. 20/11/2026.",
};

/** A section's `text`, seen by the field: it asks for its own keys only. */
export type SentDateText = (key: SentDateTextKey, values?: Readonly<Record<string, string | number>>) => string;
