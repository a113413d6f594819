import { renderSheets } from "../src/xlsx/graft/excelJsSheets";
import JSZip from "jszip";
(async () => {
  const bytes = await renderSheets([{ name: "Chỉ tiêu", values: [["Mã", "Nội dung", "Số"], ["1.1", "Giảm nghèo", 5], ["1.2", "x", 0.45]], columns: [{ width: 8 }, { width: 40, wrap: true }, { numberFormat: "0%" }], tables: [{ name: "ChiTieu", address: "A1:C3" }], styles: [{ address: "A1:C1", bold: true, fill: "#1F6F5A" }], validations: [{ address: "C2:C3", rule: { kind: "decimal", min: 0, max: 1 } }], conditionalFormats: [{ kind: "textEquals", address: "B2:B3", text: "x", fill: "#FF0000" }], protection: { unlocked: ["C2:C3"] } }, { name: "_plan_tracker", visibility: "veryHidden", values: [["key", "value"], ["a", "b"]] }]);
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files)) console.log(name);
  for (const p of ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/_rels/sheet1.xml.rels", "xl/tables/table1.xml", "xl/sharedStrings.xml", "[Content_Types].xml"]) console.log("=====", p, "\n", await zip.file(p)?.async("string"));
})();
