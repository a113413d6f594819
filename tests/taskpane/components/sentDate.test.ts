import { fileSubmission, sentOn } from "../../../src/taskpane/components/sentDate";

const savedOn12November = { lastModified: new Date("2026-11-12T09:00:00").getTime() };

describe("the day a return was sent", () => {
  it("is the file's save date, in the officer's time zone, when nothing is entered", () => {
    expect(sentOn(savedOn12November, undefined)).toEqual({ on: "2026-11-12", source: "file_date" });
    expect(sentOn(savedOn12November, "  ")).toEqual({ on: "2026-11-12", source: "file_date" });
  });

  it("is the day the officer entered, which wins over the file's date", () => {
    expect(sentOn(savedOn12November, "20/11/2026")).toEqual({ on: "2026-11-20", source: "entered" });
  });

  it("ignores an entry that is not a real day, falling back to the file's date", () => {
    expect(sentOn(savedOn12November, "31/02/2026")).toEqual({ on: "2026-11-12", source: "file_date" });
  });

  it("is unknown for the workbook open in Excel, or a file the browser gives no date, until a day is entered", () => {
    expect(sentOn(null, undefined)).toBeNull();
    expect(fileSubmission({})).toBeNull();
    expect(fileSubmission({ lastModified: 0 })).toBeNull();
    expect(sentOn(null, "01/12/2026")).toEqual({ on: "2026-12-01", source: "entered" });
  });
});
