import fc from "fast-check";
import { csvCell, csvText } from "../../../src/domain/text/csvCell";
import { startsLikeFormula } from "../../../src/domain/text/formulaText";

/** Reads one RFC 4180 record back, as a spreadsheet importing the file would split it. */
function parseRecord(line: string): string[] {
  const fields: string[] = [];
  let at = 0;
  for (;;) {
    if (line[at] === '"') {
      let field = "";
      at += 1;
      for (;;) {
        const quote = line.indexOf('"', at);
        field += line.slice(at, quote);
        at = quote + 1;
        if (line[at] !== '"') break;
        field += '"';
        at += 1;
      }
      fields.push(field);
    } else {
      const comma = line.indexOf(",", at);
      fields.push(line.slice(at, comma < 0 ? line.length : comma));
      at = comma < 0 ? line.length : comma;
    }
    if (at >= line.length) return fields;
    at += 1;
  }
}

const lead = fc.constantFrom("=", "+", "-", "@", "\t", "\r", "", "a", "Sở ", "'", '"', ",");
const tail = fc.string({ unit: fc.constantFrom("a", "ư", "1", ",", '"', "\n", "\r", "=", "!", " ", "|"), maxLength: 20 });

describe("csvCell", () => {
  it("neutralises text that starts like a formula: a single quote in front, the field quoted", () => {
    expect(csvCell('=HYPERLINK("http://x.example","Bấm")')).toBe('"\'=HYPERLINK(""http://x.example"",""Bấm"")"');
    expect(csvCell("+cmd|' /C calc'!A0")).toBe("\"'+cmd|' /C calc'!A0\"");
    expect(csvCell("- Rà soát quy hoạch")).toBe("\"'- Rà soát quy hoạch\"");
    expect(csvCell("@SUM(1)")).toBe("\"'@SUM(1)\"");
    expect(csvCell("\t=1")).toBe("\"'\t=1\"");
    expect(csvCell("\r=1")).toBe("\"'\r=1\"");
  });

  it("writes numbers and booleans as they are, a negative number included", () => {
    expect([csvCell(-2.5), csvCell(0), csvCell(true), csvCell(null)]).toEqual(["-2.5", "0", "true", ""]);
  });

  it("quotes other text only when it holds a quote, a comma or a line break", () => {
    expect([csvCell("Sở Y tế"), csvCell("a,b"), csvCell('c"d'), csvCell("x\ny")]).toEqual(["Sở Y tế", '"a,b"', '"c""d"', '"x\ny"']);
  });

  it("gives back every text when read, with a quote before exactly those that start like a formula", () => {
    fc.assert(
      fc.property(lead, tail, (first, rest) => {
        const text = first + rest;
        const [field] = parseRecord(csvCell(text));
        expect(field).toBe(startsLikeFormula(text) ? `'${text}` : text);
        expect(startsLikeFormula(field!)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("csvText", () => {
  it("ends each record with CRLF after a byte order mark, fields in order", () => {
    expect(csvText([["Mã", "=1+1"], [1.5, null]])).toBe("\uFEFFMã,\"'=1+1\"\r\n1.5,\r\n");
  });
});
