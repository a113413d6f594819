import { readCues } from "../../../../src/domain/catalog/values/readCues";

describe("readCues", () => {
  it("stops at the label, so the 'dưới' of 'trẻ dưới 1 tuổi' is not a cue (001 L247)", () => {
    const before = "giảm tỷ suất tử vong trẻ dưới 1 tuổi xuống dưới ";
    const zone = readCues(before);
    expect(zone.cues.map((c) => c.phrase)).toEqual(["dưới", "xuống"]);
    expect(before.slice(0, zone.start)).toBe("giảm tỷ suất tử vong trẻ dưới 1 tuổi ");
  });

  it("prefers the longest phrase: 'giảm xuống' over 'xuống'", () => {
    expect(readCues("tỷ lệ hộ nghèo giảm xuống ").cues.map((c) => c.phrase)).toEqual(["giảm xuống"]);
  });

  it("reads a less-than sign written against the number (002 L328)", () => {
    expect(readCues("tỷ số tử vong mẹ xuống <").cues.map((c) => c.comparator ?? c.direction)).toEqual([
      "<",
      "decrease",
    ]);
  });

  it("walks through an action verb when a cue lies beyond it (004 L284)", () => {
    const zone = readCues("Bình quân trồng ".toLowerCase());
    expect(zone.cues.map((c) => c.phrase)).toEqual(["bình quân"]);
    expect(zone.action).toBe("trồng");
    expect(zone.start).toBe(0);
  });

  it("leaves a lone action verb in the label (003 L148 'phục vụ phát triển 4 trung tâm')", () => {
    const zone = readCues("phục vụ phát triển ");
    expect(zone.cues).toEqual([]);
    expect(zone.start).toBe("phục vụ phát triển ".length);
  });

  it("does not read 'giá trị tăng thêm' as a change (002 L1872)", () => {
    expect(readCues("giá trị tăng thêm đạt ").cues.map((c) => c.phrase)).toEqual(["đạt"]);
  });
});
