import * as XLSX from "@e965/xlsx";
import { readFileSync } from "fs";
const wb = XLSX.read(readFileSync("/tmp/op.xlsx"), { cellFormula: true, cellNF: true, cellStyles: true, cellDates: false, dense: false });
console.log(wb.SheetNames, JSON.stringify(wb.Workbook));
const ws = wb.Sheets[wb.SheetNames[0]];
for (const k of ["A1","B1","C1","D1","E1","A7"]) console.log(k, JSON.stringify(ws[k]));
console.log(ws["!merges"], ws["!rows"], ws["!ref"]);
