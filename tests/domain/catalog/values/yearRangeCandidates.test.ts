import { yearRangeCandidates } from "../../../../src/domain/catalog/values/yearRangeCandidates";

describe("yearRangeCandidates", () => {
  it("offers the swap and the phase ends one digit away for 002 L426 'Giai đoạn 2021-2020'", () => {
    expect(yearRangeCandidates(2021, 2020)).toEqual(["2020-2021", "2021-2025", "2021-2030"]);
  });

  it("adds the plan's end year when it is not already a candidate", () => {
    expect(yearRangeCandidates(2021, 2020, 2035)).toEqual(["2020-2021", "2021-2025", "2021-2030", "2021-2035"]);
  });

  it("does not repeat the plan's end year", () => {
    expect(yearRangeCandidates(2021, 2020, 2030)).toEqual(["2020-2021", "2021-2025", "2021-2030"]);
  });

  it("offers only the swap when no phase end is one digit away", () => {
    expect(yearRangeCandidates(2023, 2012)).toEqual(["2012-2023"]);
  });
});
