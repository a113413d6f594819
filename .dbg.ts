import { cleanInlineText } from "./src/domain/catalog/import/cleanInlineText";
console.log(JSON.stringify(cleanInlineText("## **2. Hoàn thiện thể chế**")));
console.log(JSON.stringify(cleanInlineText("a) Nhiệm vụ chung: Tổ chức")));
const SECTION = /^(?:#+\s*)?(?:\*\*)?\s*(\d{1,2})\.\s+(\S.*)$/u;
console.log(SECTION.exec("2. Hoàn thiện"));
