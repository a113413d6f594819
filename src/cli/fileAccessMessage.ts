import { fileAccessProblem, MAX_INPUT_BYTES } from "./regularFiles";
import { terminalLine } from "./terminalText";

const LIMIT_MB = MAX_INPUT_BYTES / (1024 * 1024);

/** What the officer reads when a path cannot be read (an input) or written (an output): what is wrong, how to fix it. */
export function fileAccessMessage(file: string, error: unknown, role: "input" | "output" = "input"): string {
  const name = terminalLine(file);
  switch (fileAccessProblem(error)) {
    case "not_found":
      return `Không tìm thấy tệp ${name}: kiểm tra đường dẫn.`;
    case "directory":
      return role === "input"
        ? `${name} là một thư mục, không phải tệp: hãy chỉ đến một tệp trong thư mục đó.`
        : `${name} là một thư mục: hãy ghi vào một tên tệp, ví dụ ${name.replace(/[\\/]+$/, "")}/ket-qua.xlsx.`;
    case "not_regular":
      return role === "input"
        ? `${name} không phải tệp thông thường (ống dẫn, thiết bị hay liên kết tới chúng), nên không được đọc: hãy lưu nội dung thành một tệp rồi chỉ đến tệp đó.`
        : `${name} không phải tệp thông thường (ống dẫn, thiết bị), nên không được ghi đè: hãy chọn một tên tệp khác.`;
    case "too_large":
      return `${name} lớn hơn ${LIMIT_MB} MB, giới hạn đọc của Theo dõi kế hoạch: hãy xoá bớt trang tính, ảnh hay dữ liệu không cần rồi lưu lại.`;
    case "unreadable":
      return role === "input" ? `Không đọc được tệp ${name}: kiểm tra quyền đọc tệp.` : `Không ghi được tệp ${name}: kiểm tra quyền ghi vào thư mục.`;
  }
}
