import { completeReviewQuotes } from "../../../../src/domain/catalog/import/completeReviewQuotes";
import { createSourceDocument } from "../../../../src/domain/catalog/import/sourceDocument";
import type { ReviewItem } from "../../../../src/domain/catalog/types";

const document = createSourceDocument(
  ["Tiêu đề", "Mục tiêu 6.3: Đến năm 2030,\tcải thiện chất lượng nước, kiểm soát được các nguồn gây ô nhiễm và giảm một nửa lượng nước thải chưa xử lý", "dòng sau"].join("\n"),
);

function item(line: number, quote: string, endLine?: number): ReviewItem {
  return { code: "values_conflict", subject: { kind: "target", id: "6.3" }, message: "", source: endLine ? { line, endLine, quote } : { line, quote } } as unknown as ReviewItem;
}

describe("completeReviewQuotes", () => {
  it("completes a quote cut with an ellipsis from its line, reading tabs as spaces", () => {
    const [done] = completeReviewQuotes([item(2, "Đến năm 2030, cải thiện chất lượng…")], document);
    expect(done!.source.quote).toBe("Đến năm 2030, cải thiện chất lượng nước, kiểm soát được các nguồn gây ô nhiễm và giảm một nửa lượng nước thải chưa xử lý");
  });

  it("reads across the lines a quote spans", () => {
    const [done] = completeReviewQuotes([item(2, "giảm một nửa lượng nước thải…", 3)], document);
    expect(done!.source.quote).toBe("giảm một nửa lượng nước thải chưa xử lý dòng sau");
  });

  it("keeps a whole quote, and a cut quote it cannot find again, as they were", () => {
    const whole = item(2, "Mục tiêu 6.3");
    const elsewhere = item(1, "Chủ trì: Sở Công Thương…");
    expect(completeReviewQuotes([whole, elsewhere], document)).toEqual([whole, elsewhere]);
  });
});
