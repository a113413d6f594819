import { describeRule, RULE_DESCRIPTIONS, ruleLine, WHEN_MISSING_WORDS, whenMissingWords } from "../../../src/domain/validation/ruleDescriptions";
import { RULE_OPERATORS, VALIDATION_CODES, VALIDATION_RULES } from "../../../src/domain/validation/validationRules";

const SIDES = ["left", "operator", "right"] as const;
/** Letters only Vietnamese writes: vowels with their marks, and đ. */
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

describe("the rules' descriptions", () => {
  it("describe every code, and no other, in Vietnamese and in English", () => {
    for (const language of ["vi", "en"] as const) {
      expect(Object.keys(RULE_DESCRIPTIONS[language]).sort()).toEqual([...VALIDATION_CODES].sort());
      for (const code of VALIDATION_CODES) for (const side of SIDES) expect(describeRule(code, language)[side].trim()).not.toBe("");
    }
  });

  it("are written in Vietnamese with its marks, composed (NFC), for every code", () => {
    for (const code of VALIDATION_CODES) {
      const line = ruleLine(code, "vi");
      expect(line).toMatch(VIETNAMESE_LETTER);
      expect(line).toBe(line.normalize("NFC"));
    }
  });

  it("word each rule differently in Vietnamese and in English", () => {
    for (const code of VALIDATION_CODES) expect(ruleLine(code, "vi")).not.toBe(ruleLine(code, "en"));
  });

  it("render the rule's own data, which stays neutral: an operator from the closed list and expressions apart from the words", () => {
    for (const code of VALIDATION_CODES) {
      const rule = VALIDATION_RULES[code];
      expect(RULE_OPERATORS).toContain(rule.operator);
      expect(rule.left).not.toBe(describeRule(code, "en").left);
      expect(`${rule.left} ${rule.right}`).not.toMatch(VIETNAMESE_LETTER);
    }
  });

  it("say in both languages what happens when a value is missing, for each rule", () => {
    for (const language of ["vi", "en"] as const) {
      expect(WHEN_MISSING_WORDS[language].skip).not.toBe(WHEN_MISSING_WORDS[language].is_the_finding);
      for (const code of VALIDATION_CODES) expect(whenMissingWords(code, language)).toBe(WHEN_MISSING_WORDS[language][VALIDATION_RULES[code].whenMissing]);
    }
    expect(WHEN_MISSING_WORDS.vi.skip).toMatch(VIETNAMESE_LETTER);
    expect(WHEN_MISSING_WORDS.vi.is_the_finding).toMatch(VIETNAMESE_LETTER);
  });
});
