import type { Comparator, Direction } from "../../../../src/domain/catalog/types";
import { parseIndicators, type ParsedIndicator } from "../../../../src/domain/catalog/values/parseIndicators";
import { normalizePlanText } from "../../../../src/domain/catalog/values/normalizePlanText";
import { SOURCE_FILES, sourceLine, sourceLines, type SourceFile } from "./sourceText";

type Expected = Omit<ParsedIndicator, "text">;

/** An expected indicator: a number for a single value, [min, max] for a range. */
function ind(
  label: string,
  comparator: Comparator | null,
  value: number | readonly [number, number] | null,
  unit: string | null,
  year: number | null,
  direction: Direction | null,
  extra: Partial<Expected> = {},
): Expected {
  const [min, max] = Array.isArray(value) ? value : [value, null];
  return { label, unit, comparator, value: min, valueMax: max, year, direction, ...extra };
}

function withoutText(indicators: readonly ParsedIndicator[]): Expected[] {
  return indicators.map(({ text: _text, ...rest }) => rest);
}

const FILES: Readonly<Record<string, SourceFile>> = {
  "000": "000-thanhhoa-sdg-2017.txt",
  "001": "001-daknong-sdg-2018.txt",
  "002": "002-quangninh-sdg-2018.txt",
  "003": "003-thanhhoa-nq58-2021.txt",
  "004": "004-thanhhoa-green-growth-2023.txt",
};

/**
 * Real phrases from the five documents ("NNN Lline" is the document and line) and what each must
 * yield. An empty list means the phrase states no value we may read (vague, a qualifier, a count
 * that describes rather than targets).
 */
const CASES: ReadonlyArray<readonly [string, string, readonly Expected[]]> = [
  [
    "000 L295",
    "Đến năm 2020, xóa bỏ tình trạng nghèo cùng cực cho tất cả mọi người (theo mức thu nhập bình quân đầu người thấp hơn 1,25 USD/ngày); đến năm 2030, giảm tỷ lệ hộ nghèo xuống dưới 5% theo tiêu chí nghèo đa chiều",
    [ind("Tỷ lệ hộ nghèo", "<", 5, "%", 2030, "decrease")],
  ],
  [
    "000 L296",
    "bảo đảm thu nhập bình quân đầu người của hộ nghèo cả tỉnh cuối năm 2020 tăng trên 1,5 lần so với cuối năm 2015",
    [
      ind("Thu nhập bình quân đầu người của hộ nghèo cả tỉnh", ">", 1.5, "lần", 2020, "increase", {
        change: true,
        baseYear: 2015,
      }),
    ],
  ],
  [
    "000 L321",
    "Đến năm 2030, tăng gấp khoảng 5 lần năng suất lao động trong nông nghiệp và thu nhập của lao động nông nghiệp.",
    [
      ind(
        "Năng suất lao động trong nông nghiệp và thu nhập của lao động nông nghiệp",
        "~",
        5,
        "lần",
        2030,
        "increase",
        { change: true },
      ),
    ],
  ],
  [
    "000 L331",
    "Đến năm 2030, tỷ số tử vong mẹ, tỷ suất tử vong trẻ dưới 1 tuổi và tỷ suất tử vong trẻ dưới 5 tuổi xuống thấp hơn mục tiêu chung cả nước.",
    [
      ind(
        "Tỷ số tử vong mẹ, tỷ suất tử vong trẻ dưới 1 tuổi và tỷ suất tử vong trẻ dưới 5 tuổi",
        "<",
        null,
        null,
        2030,
        "decrease",
        { benchmark: "mục tiêu chung cả nước" },
      ),
    ],
  ],
  [
    "000 L342",
    "Đến năm 2030, giảm 20 - 25% tỷ lệ tử vong trước 70 tuổi do các bệnh không lây nhiễm (NCDs) thông qua dự phòng, điều trị, nâng cao sức khỏe tinh thần và thể chất.",
    [
      ind("Tỷ lệ tử vong trước 70 tuổi do các bệnh không lây nhiễm", "between", [20, 25], "%", 2030, "decrease", {
        change: true,
      }),
    ],
  ],
  [
    "000 L344",
    "Phấn đấu đến năm 2030 có trên 50% dân số hoạt động thể dục thể thao thường xuyên.",
    [ind("Dân số hoạt động thể dục thể thao thường xuyên", ">", 50, "%", 2030, "increase")],
  ],
  [
    "000 L379",
    "Đến năm 2030, tăng đáng kể số lao động có các kỹ năng phù hợp với nhu cầu thị trường lao động để có việc làm tốt và làm chủ doanh nghiệp.",
    [],
  ],
  [
    "000 L423",
    "100% nước thải nguy hại được xử lý; 80% nước thải đô thị được thu gom và xử lý; tăng cường tái sử dụng nước an toàn.",
    [
      ind("Nước thải nguy hại được xử lý", "=", 100, "%", null, null),
      ind("Nước thải đô thị được thu gom và xử lý", "=", 80, "%", null, null),
    ],
  ],
  [
    "000 L438",
    "Đến năm 2020, cơ bản 100% hộ gia đình được tiếp cận với điện; đến năm 2025 đạt 100%; đến năm 2030 đảm bảo tiếp cận toàn dân đối với các dịch vụ năng lượng trong khả năng chi trả, đáng tin cậy và hiện đại.",
    [
      ind("Hộ gia đình được tiếp cận với điện", "~", 100, "%", 2020, null),
      ind("Hộ gia đình được tiếp cận với điện", "=", 100, "%", 2025, "increase"),
    ],
  ],
  [
    "000 L439",
    "Đến năm 2030, phấn đấu bằng và vượt tỷ lệ năng lượng tái tạo trong tổng tiêu thụ năng lượng sơ cấp của cả nước.",
    [
      ind(
        "Tỷ lệ năng lượng tái tạo trong tổng tiêu thụ năng lượng sơ cấp của cả nước",
        ">=",
        null,
        null,
        2030,
        "increase",
        { benchmark: "tỷ lệ năng lượng tái tạo trong tổng tiêu thụ năng lượng sơ cấp của cả nước" },
      ),
    ],
  ],
  [
    "000 L440",
    "Đến năm 2030, tăng gấp đôi tốc độ cải thiện hiệu quả sử dụng năng lượng, giảm tiêu thụ điện trên 10% so với kịch bản cơ sở",
    [
      ind("Tốc độ cải thiện hiệu quả sử dụng năng lượng", "=", 2, "lần", 2030, "increase", { change: true }),
      ind("Tiêu thụ điện", ">", 10, "%", 2030, "decrease", { change: true, benchmark: "kịch bản cơ sở" }),
    ],
  ],
  [
    "000 L444",
    "Duy trì tăng trưởng GRDP bình quân đầu người 13 - 14%/năm và tăng trưởng GRDP hàng năm trung bình từ 9,5 - 10%",
    [
      ind("Tăng trưởng GRDP bình quân đầu người", "between", [13, 14], "%/năm", null, "maintain", { annual: true }),
      ind("Tăng trưởng GRDP", "between", [9.5, 10], "%", null, null, { annual: true }),
    ],
  ],
  [
    "000 L485",
    "Đến năm 2030, dần đạt được và duy trì tốc độ tăng thu nhập của nhóm 40% dân số thu nhập thấp nhất bằng hoặc cao hơn tốc độ tăng bình quân quốc gia.",
    [
      ind("Tốc độ tăng thu nhập của nhóm 40% dân số thu nhập thấp nhất", ">=", null, null, 2030, "maintain", {
        benchmark: "tốc độ tăng bình quân quốc gia",
      }),
    ],
  ],
  [
    "000 L564",
    "Đến năm 2030, giảm một nửa chất thải lương thực tính theo đầu người và giảm tồn thắt lương thực trong chuỗi sản xuất và cung ứng, bao gồm cả những tồn thắt sau thu hoạch.",
    [ind("Chất thải lương thực tính theo đầu người", "=", 50, "%", 2030, "decrease", { change: true })],
  ],
  [
    "000 L581",
    "Đảm bảo các hoạt động mua sắm công bền vững, phấn đấu đến năm 2030 đạt 100% hoạt động mua sắm bền vững từ nguồn NSNN.",
    [ind("Hoạt động mua sắm bền vững từ nguồn NSNN", "=", 100, "%", 2030, "increase")],
  ],
  [
    "000 L625",
    "Đến năm 2020, giảm cơ bản việc chuyên đổi mục đích sử dụng đất rừng sang mục đích khác; đến năm 2030, tăng cường thực hiện quản lý bền vững các loại rừng, ngăn chặn chặt phá rừng, phục hồi rừng đã suy thoái, đẩy mạnh trồng và tái sinh rừng, đưa độ che phủ rừng lên khoảng 54,5%.",
    [ind("Độ che phủ rừng", "~", 54.5, "%", 2030, "increase")],
  ],
  [
    "000 L680",
    "Nâng cao chất lượng và giá trị gia tăng trong xuất khẩu; phấn đấu đạt tốc độ tăng trưởng xuất khẩu trên 11,5%/năm.",
    [ind("Tốc độ tăng trưởng xuất khẩu", ">", 11.5, "%/năm", null, "increase", { annual: true })],
  ],
  [
    "000 L162",
    "từng bước nâng mức chi cho sự nghiệp môi trường đạt 01% tổng chi ngân sách hàng năm của tỉnh",
    [ind("Mức chi cho sự nghiệp môi trường", "=", 1, "%", null, "increase")],
  ],
  [
    "000 L182",
    "phấn đấu đến năm 2030 cung cấp các dịch vụ công trực tuyến đạt cấp độ 4 ở cấp tỉnh và cấp huyện.",
    [ind("Cung cấp các dịch vụ công trực tuyến", "=", 4, "cấp độ", 2030, "increase")],
  ],
  [
    "000 L355",
    "nâng cao chất lượng dịch vụ chăm sóc sức khỏe trước sinh để đạt được tỷ lệ phụ nữ được ít nhất 4 lần chăm sóc sức khỏe trước sinh",
    [],
  ],
  [
    "001 L123",
    "Đến năm 2020, xóa bỏ tình trạng nghèo cùng cực cho tất cả mọi người ở mọi nơi; đến năm 2030, giảm ít nhất một nửa tỷ lệ nghèo theo tiêu chí nghèo đa chiều của quốc gia",
    [ind("Tỷ lệ nghèo theo tiêu chí nghèo đa chiều của quốc gia", ">=", 50, "%", 2030, "decrease", { change: true })],
  ],
  [
    "001 L129",
    "phấn đấu thu nhập bình quân đầu người của hộ nghèo cuối năm 2020 tăng lên 2 lần so với cuối năm 2015.",
    [
      ind("Thu nhập bình quân đầu người của hộ nghèo", "=", 2, "lần", 2020, "increase", {
        change: true,
        baseYear: 2015,
      }),
    ],
  ],
  [
    "001 L220",
    "Đến năm 2030, tăng gấp 1,5 lần năng suất lao động trong nông nghiệp và",
    [ind("Năng suất lao động trong nông nghiệp", "=", 1.5, "lần", 2030, "increase", { change: true })],
  ],
  [
    "001 L247",
    "Đến năm 2030, giảm tỷ số tử vong mẹ xuống dưới 45/100000 trẻ đẻ sống; giảm tỷ suất tử vong trẻ dưới 1 tuổi xuống dưới 21,5% và tỷ suất tử vong trẻ dưới 5 tuổi xuống dưới 26,9%",
    [
      ind("Tỷ số tử vong mẹ", "<", 45, "/100000 trẻ đẻ sống", 2030, "decrease"),
      ind("Tỷ suất tử vong trẻ dưới 1 tuổi", "<", 21.5, "%", 2030, "decrease", {
        ambiguity: { reason: "unit_suspect", candidates: ["21,5%", "21,5‰"] },
      }),
      ind("Tỷ suất tử vong trẻ dưới 5 tuổi", "<", 26.9, "%", 2030, "decrease", {
        ambiguity: { reason: "unit_suspect", candidates: ["26,9%", "26,9‰"] },
      }),
    ],
  ],
  [
    "001 L628",
    "100% nước thải nguy hại được xử lý; giảm một nửa tỷ lệ nước thải đô thị chưa qua xử lý; tăng cường tái sử dụng nước an toàn",
    [
      ind("Nước thải nguy hại được xử lý", "=", 100, "%", null, null),
      ind("Tỷ lệ nước thải đô thị chưa qua xử lý", "=", 50, "%", null, "decrease", { change: true }),
    ],
  ],
  [
    "001 L711",
    "Duy trì tăng trưởng GRDP hàng năm trung bình khoảng 8%",
    [ind("Tăng trưởng GRDP", "~", 8, "%", null, "maintain", { annual: true })],
  ],
  [
    "001 L884",
    "Đến năm 2030, duy trì tốc độ tăng thu nhập của nhóm dân số thu nhập thấp nhất cao hơn tốc độ tăng bình quân quốc gia",
    [
      ind("Tốc độ tăng thu nhập của nhóm dân số thu nhập thấp nhất", ">", null, null, 2030, "maintain", {
        benchmark: "tốc độ tăng bình quân quốc gia",
      }),
    ],
  ],
  ["001 L1237", "đưa độ che phủ rừng lên khoảng 42%", [ind("Độ che phủ rừng", "~", 42, "%", null, "increase")]],
  [
    "001 L1423",
    "Phấn đấu đạt tốc độ tăng trưởng xuất khẩu trên 12%/năm",
    [ind("Tốc độ tăng trưởng xuất khẩu", ">", 12, "%/năm", null, "increase", { annual: true })],
  ],
  [
    "002 L202",
    "Đến năm 2020, tỷ lệ hộ nghèo trên địa bàn tỉnh còn 1,06%; đến năm 2030 tỷ lệ hộ nghèo còn dưới 1% (theo tiêu chí chuẩn nghèo tiếp cận đa chiều)",
    [ind("Tỷ lệ hộ nghèo", "=", 1.06, "%", 2020, "decrease"), ind("Tỷ lệ hộ nghèo", "<", 1, "%", 2030, "decrease")],
  ],
  [
    "002 L210",
    "bảo đảm thu nhập bình quân của hộ nghèo cả tỉnh cuối năm 2020 tăng trên 4 lần so với năm 2010.",
    [ind("Thu nhập bình quân của hộ nghèo cả tỉnh", ">", 4, "lần", 2020, "increase", { change: true, baseYear: 2010 })],
  ],
  [
    "002 L214",
    "Đến năm 2020, đưa 20 xã và 54 thôn đặc biệt khó khăn trên địa bàn tỉnh ra khỏi diện đặc biệt khó khăn, hoàn thành mục tiêu Chương trình 135.",
    [
      ind("Số xã", "=", 20, "xã", 2020, null),
      ind(
        "Số thôn đặc biệt khó khăn trên địa bàn tỉnh ra khỏi diện đặc biệt khó khăn",
        "=",
        54,
        "thôn đặc biệt khó khăn",
        2020,
        null,
      ),
    ],
  ],
  [
    "002 L224",
    "bao gồm cả các chính sách an sinh xã hội và đến năm 2020 đạt được diện bao phủ 100% cho người nghèo và những người dễ bị tổn thương",
    [ind("Diện bao phủ", "=", 100, "%", 2020, null)],
  ],
  [
    "002 L236",
    "Đảm bảo mức trợ cấp thường xuyên cho các đối tượng bảo trợ xã hội cao hơn 1,5 lần so với mức bình quân của cả nước",
    [
      ind("Mức trợ cấp thường xuyên cho các đối tượng bảo trợ xã hội", ">", 1.5, "lần", null, "increase", {
        change: true,
        benchmark: "mức bình quân của cả nước",
      }),
    ],
  ],
  [
    "002 L240",
    "phấn đấu 90% đối tượng được tiếp cận các dịch vụ cơ bản.",
    [ind("Đối tượng được tiếp cận các dịch vụ cơ bản", "=", 90, "%", null, null)],
  ],
  [
    "002 L286",
    "Duy trì ổn định diện tích trồng lúa, trong đó diện tích lúa chất lượng cao đạt trên 65%; Năng suất lúa trung bình cả năm đạt từ 55 tạ/ha trở lên, sản lượng thóc đạt trên 231 nghìn tấn.",
    [
      ind("Diện tích trồng lúa, trong đó diện tích lúa chất lượng cao", ">", 65, "%", null, "maintain"),
      ind("Năng suất lúa trung bình cả năm", ">=", 55, "tạ/ha", null, "increase"),
      ind("Sản lượng thóc", ">", 231, "nghìn tấn", null, "increase"),
    ],
  ],
  [
    "002 L294",
    "Phấn đấu đến năm 2025, tỉ lệ suy dinh dưỡng thể thấp còi của trẻ em dưới 5 tuổi giảm còn 20% và đến năm 2030 giảm dưới 15%.",
    [
      ind("Tỉ lệ suy dinh dưỡng thể thấp còi của trẻ em dưới 5 tuổi", "=", 20, "%", 2025, "decrease"),
      ind("Tỉ lệ suy dinh dưỡng thể thấp còi của trẻ em dưới 5 tuổi", "<", 15, "%", 2030, "decrease"),
    ],
  ],
  [
    "002 L324",
    "Đến năm 2030, giảm tỷ số tử vong mẹ xuống dưới 45/100.000 trẻ đẻ sống; giảm tỷ suất tử vong trẻ dưới 1 tuổi xuống dưới 10/1000 trẻ đẻ sống và tỷ suất tử vong trẻ dưới 5 tuổi xuống dưới 15/1000 trẻ đẻ sống",
    [
      ind("Tỷ số tử vong mẹ", "<", 45, "/100.000 trẻ đẻ sống", 2030, "decrease"),
      ind("Tỷ suất tử vong trẻ dưới 1 tuổi", "<", 10, "/1000 trẻ đẻ sống", 2030, "decrease"),
      ind("Tỷ suất tử vong trẻ dưới 5 tuổi", "<", 15, "/1000 trẻ đẻ sống", 2030, "decrease"),
    ],
  ],
  [
    "002 L328",
    "Đến năm 2020: Giảm tỷ số tử vong mẹ xuống <20/100.000 trẻ đẻ sống; Giảm tỷ suất tử vong trẻ dưới 1 tuổi xuống <10/1000 trẻ đẻ sống, giảm tỷ suất tử vong trẻ dưới 5 tuổi xuống <16/1000 trẻ đẻ sống",
    [
      ind("Tỷ số tử vong mẹ", "<", 20, "/100.000 trẻ đẻ sống", 2020, "decrease"),
      ind("Tỷ suất tử vong trẻ dưới 1 tuổi", "<", 10, "/1000 trẻ đẻ sống", 2020, "decrease"),
      ind("Tỷ suất tử vong trẻ dưới 5 tuổi", "<", 16, "/1000 trẻ đẻ sống", 2020, "decrease"),
    ],
  ],
  [
    "002 L330",
    "Đến năm 2030: Giảm tỷ số tử vong mẹ <18/100.000 trẻ đẻ sống; Giảm tỷ suất tử vong trẻ dưới 1 tuổi xuống <8/1000 trẻ đẻ sống, giảm tỷ suất tử vong trẻ dưới 5 tuổi xuống < 13/1000 trẻ đẻ sống",
    [
      ind("Tỷ số tử vong mẹ", "<", 18, "/100.000 trẻ đẻ sống", 2030, "decrease"),
      ind("Tỷ suất tử vong trẻ dưới 1 tuổi", "<", 8, "/1000 trẻ đẻ sống", 2030, "decrease"),
      ind("Tỷ suất tử vong trẻ dưới 5 tuổi", "<", 13, "/1000 trẻ đẻ sống", 2030, "decrease"),
    ],
  ],
  [
    "002 L342",
    "Phấn đấu đến năm 2025, tỉ lệ tiêm chủng mở rộng đạt tối thiểu 95% với 12 loại vắc xin; đến năm 2030 tỉ lệ tiêm chủng mở rộng đạt 95% với 14 loại vắc xin.",
    [
      ind("Tỉ lệ tiêm chủng mở rộng", ">=", 95, "%", 2025, "increase"),
      ind("Tỉ lệ tiêm chủng mở rộng", "=", 95, "%", 2030, "increase"),
    ],
  ],
  [
    "002 L372",
    "Đến năm 2020, có 40% dân số hoạt động thể dục thể thao thường xuyên. Đến năm 2030 có trên 50% dân số hoạt động thể dục thể thao thường xuyên.",
    [
      ind("Dân số hoạt động thể dục thể thao thường xuyên", "=", 40, "%", 2020, null),
      ind("Dân số hoạt động thể dục thể thao thường xuyên", ">", 50, "%", 2030, "increase"),
    ],
  ],
  [
    "002 L426",
    "Giai đoạn 2021-2020 phấn đấu duy trì tỉ lệ tham gia bảo hiểm y tế đạt trên 95% dân số",
    [
      ind("Tỉ lệ tham gia bảo hiểm y tế", ">", 95, "%", null, "maintain", {
        ambiguity: { reason: "year_typo", candidates: ["2020-2021", "2021-2025", "2021-2030"] },
      }),
    ],
  ],
  [
    "002 L528",
    "Đến năm 2030, tỷ lệ lao động có kỹ năng phù hợp với thị trường lao động để có việc làm tốt và làm chủ doanh nghiệp là trên 90%",
    [
      ind(
        "Tỷ lệ lao động có kỹ năng phù hợp với thị trường lao động để có việc làm tốt và làm chủ doanh nghiệp",
        ">",
        90,
        "%",
        2030,
        "increase",
      ),
    ],
  ],
  [
    "002 L910",
    "+ Đến năm 2020 kết hợp giữa quy hoạch ngành xây dựng, ngành nông nghiệp với quy hoạch tài nguyên nước phát triển 80 công trình cấp nước.",
    [ind("Phát triển công trình cấp nước", "=", 80, "công trình cấp nước", 2020, null)],
  ],
  [
    "002 L976",
    "Đến năm 2030, tăng đáng kể tỷ lệ năng lượng tái tạo trong tổng năng lượng tiêu thụ năng lượng sơ cấp của quốc gia, cụ thể đạt 31% vào năm 2020 và đạt 32,3% vào năm 2030",
    [
      ind(
        "Tỷ lệ năng lượng tái tạo trong tổng năng lượng tiêu thụ năng lượng sơ cấp của quốc gia",
        "=",
        31,
        "%",
        2020,
        "increase",
      ),
      ind(
        "Tỷ lệ năng lượng tái tạo trong tổng năng lượng tiêu thụ năng lượng sơ cấp của quốc gia",
        "=",
        32.3,
        "%",
        2030,
        "increase",
      ),
    ],
  ],
  [
    "002 L990",
    "Đến năm 2030 tăng gấp đôi tốc độ cải thiện hiệu quả sử dụng năng lượng; giảm tiêu thụ điện 10% so với kịch bản cơ sở",
    [
      ind("Tốc độ cải thiện hiệu quả sử dụng năng lượng", "=", 2, "lần", 2030, "increase", { change: true }),
      ind("Tiêu thụ điện", "=", 10, "%", 2030, "decrease", { change: true, benchmark: "kịch bản cơ sở" }),
    ],
  ],
  [
    "002 L1016",
    "Đến năm 2020, GRDP bình quân tăng 11-12%/năm, GRDP bình quân đầu người đạt 7.000-8.000 USD; Từ năm 2020 đến 2030, GRDP bình quân tăng khoảng 6,7%/năm, GRDP bình quân đầu người đến năm 2030 đạt khoảng 20.000 USD",
    [
      ind("GRDP", "between", [11, 12], "%/năm", 2020, "increase", { change: true, annual: true }),
      ind("GRDP bình quân đầu người", "between", [7000, 8000], "USD", 2020, "increase"),
      ind("GRDP", "~", 6.7, "%/năm", 2030, "increase", {
        period: { from: 2020, to: 2030 },
        change: true,
        annual: true,
      }),
      ind("GRDP bình quân đầu người", "~", 20000, "USD", 2030, "increase"),
    ],
  ],
  [
    "002 L1072",
    "Đến năm 2030, giảm đáng kể tỷ lệ thanh niên không có việc làm (tỷ lệ thất nghiệp khoảng 5,2%), tỷ lệ không đi học hoặc đào tạo (khoảng 5%); Chủ động thực hiện hiệu quả Hiệp ước Việc làm toàn cầu của ILO",
    [
      ind("Tỷ lệ thất nghiệp", "~", 5.2, "%", 2030, null),
      ind("Tỷ lệ không đi học hoặc đào tạo", "~", 5, "%", 2030, null),
    ],
  ],
  [
    "002 L1188",
    "Giai đoạn 2016-2020: Bố trí ngân sách cho sự nghiệp khoa học/đầu tư phát triển theo tỷ lệ tương ứng là 30/70%; Giai đoạn 2021-2030: Bố trí ngân sách cho sự nghiệp khoa học / đầu tư phát triển theo tỷ lệ tương ứng là 40/60%",
    [
      ind("Bố trí ngân sách cho sự nghiệp khoa học/đầu tư phát triển theo tỷ lệ tương ứng", "=", 30, "%", 2020, null, {
        period: { from: 2016, to: 2020 },
        ratio: [30, 70],
      }),
      ind(
        "Bố trí ngân sách cho sự nghiệp khoa học / đầu tư phát triển theo tỷ lệ tương ứng",
        "=",
        40,
        "%",
        2030,
        null,
        { period: { from: 2021, to: 2030 }, ratio: [40, 60] },
      ),
    ],
  ],
  [
    "002 L1210",
    "Đến năm 2020, số doanh nghiệp, tổ chức áp dụng thành công các hệ thống quản lý; công cụ quản lý chất lượng tiên tiến tăng gấp 2 lần so với năm 2015",
    [ind("Công cụ quản lý chất lượng tiên tiến", "=", 2, "lần", 2020, "increase", { change: true, baseYear: 2015 })],
  ],
  [
    "002 L1574",
    "+ 95% chất thải rắn sinh hoạt đô thị phát sinh được thu gom và xử lý hợp vệ sinh, trong đó tái chế, tái sử dụng chiếm 75 - 80%",
    [
      ind("Chất thải rắn sinh hoạt đô thị phát sinh được thu gom và xử lý hợp vệ sinh", "=", 95, "%", null, null),
      ind(
        "Chất thải rắn sinh hoạt đô thị phát sinh được thu gom và xử lý hợp vệ sinh, trong đó tái chế, tái sử dụng",
        "between",
        [75, 80],
        "%",
        null,
        null,
      ),
    ],
  ],
  [
    "002 L1592",
    "+ 100% bùn bể phốt của các đô thị từ loại II trở lên và 50% của các đô thị còn lại được thu gom và xử lý đảm bảo môi trường.",
    [
      ind("Bùn bể phốt của các đô thị từ loại II trở lên", "=", 100, "%", null, null),
      ind("Các đô thị còn lại được thu gom và xử lý đảm bảo môi trường", "=", 50, "%", null, null),
    ],
  ],
  [
    "002 L1870",
    "- Tỷ lệ che phủ rừng duy trì và ổn định ở tỷ lệ 55%;",
    [ind("Tỷ lệ che phủ rừng", "=", 55, "%", null, "maintain")],
  ],
  [
    "002 L1872",
    "- Tăng trưởng giá trị sản xuất (theo giá cố định 2010) giai đoạn đến năm 2020 đạt tốc độ bình quân 8%/năm; Giá trị tăng thêm đạt 360 tỷ đồng (theo giá so sánh 2010), tăng trưởng GDP đạt 8,3%/năm;",
    [
      ind("Tăng trưởng giá trị sản xuất", "=", 8, "%/năm", 2020, "increase", { annual: true }),
      ind("Giá trị tăng thêm", "=", 360, "tỷ đồng", 2020, "increase"),
      ind("Tăng trưởng GDP", "=", 8.3, "%/năm", 2020, "increase", { annual: true }),
    ],
  ],
  ["002 L1876", "- Tỷ lệ đất có rừng 64%;", [ind("Tỷ lệ đất có rừng", "=", 64, "%", null, null)]],
  [
    "002 L1878",
    "- - Diện tích rừng đặc dụng và rừng phòng hộ lên 141.194,25 ha.",
    [ind("Diện tích rừng đặc dụng và rừng phòng hộ", "=", 141194.25, "ha", null, "increase")],
  ],
  [
    "002 L1880",
    "- - Sản lượng gỗ đạt từ 1,5 - 2,0 triệu m3 gỗ, trong đó gỗ lớn 0,7 triệu m3.",
    [
      ind("Sản lượng gỗ", "between", [1.5, 2], "triệu m3 gỗ", null, "increase"),
      ind("Sản lượng gỗ, trong đó gỗ lớn", "=", 0.7, "triệu m3", null, null),
    ],
  ],
  [
    "002 L2134",
    "Phấn đấu đạt tốc độ tăng trưởng xuất khẩu trên 10%/năm.",
    [ind("Tốc độ tăng trưởng xuất khẩu", ">", 10, "%/năm", null, "increase", { annual: true })],
  ],
  [
    "002 L2160",
    "Đến năm 2020 toàn tỉnh có 89 xã đạt chuẩn xây dựng nông thôn mới; phấn đấu đến năm 2030 toàn tỉnh có 111/111 xã đạt chuẩn xây dựng nông thôn mới,",
    [
      ind("Số xã đạt chuẩn xây dựng nông thôn mới", "=", 89, "xã", 2020, null),
      ind("Số xã đạt chuẩn xây dựng nông thôn mới", "=", 111, "/111 xã", 2030, null),
    ],
  ],
  [
    "002 L2168",
    "Đến năm 2020 toàn tỉnh có 6/13 đơn vị cấp huyện đạt tiêu chí và hoàn thành nhiệm vụ xây dựng nông thôn mới; Đến năm 2030 toàn tỉnh có 13/13 đơn vị cấp huyện đạt tiêu chí và hoàn thành nhiệm vụ xây dựng nông thôn mới.",
    [
      ind("Số đơn vị cấp huyện đạt tiêu chí", "=", 6, "/13 đơn vị cấp huyện", 2020, null),
      ind("Số đơn vị cấp huyện đạt tiêu chí", "=", 13, "/13 đơn vị cấp huyện", 2030, null),
    ],
  ],
  [
    "002 L2184",
    "Đến năm 2020 có 50% số thôn đạt chuẩn Khu dân cư nông thôn mới kiểu mẫu; Đến năm 2030 có 90% số thôn đạt chuẩn Khu dân cư nông thôn mới kiểu mẫu.",
    [
      ind("Số thôn đạt chuẩn Khu dân cư nông thôn mới kiểu mẫu", "=", 50, "%", 2020, null),
      ind("Số thôn đạt chuẩn Khu dân cư nông thôn mới kiểu mẫu", "=", 90, "%", 2030, null),
    ],
  ],
  [
    "002 L2202",
    "- Thu NSNN (nội địa) tăng 10% so với TH năm trước.",
    [ind("Thu NSNN", "=", 10, "%", null, "increase", { change: true, benchmark: "TH năm trước" })],
  ],
  [
    "003 L278",
    "Phân đấu hằng năm, có 80% số xã, phường, thị trấn trở lên đạt tiêu chuẩn an toàn về an ninh trật tự.",
    [
      ind("Số xã, phường, thị trấn đạt tiêu chuẩn an toàn về an ninh trật tự", ">=", 80, "%", null, "increase", {
        annual: true,
      }),
    ],
  ],
  [
    "003 L148",
    "tạo sự kết nối thuận lợi giữa Thanh Hóa với Hà Nội, các tỉnh phía Bắc, các tỉnh Bắc Trung Bộ, nước bạn Lào và phục vụ phát triển 4 trung tâm kinh tế động lực, 5 trụ cột tăng trưởng, 6 hành lang kinh tế.",
    [],
  ],
  [
    "003 L352",
    "và đầu tư xây dựng đáp ứng nhu cầu khai thác cho tàu lớn hơn 5.000 tấn trong giai đoạn 2021 - 2025",
    [],
  ],
  [
    "004 L284",
    "Bình quân trồng 6,0 triệu cây xanh phân tán/năm, 10.000 ha rừng/năm.",
    [
      ind("Trồng cây xanh phân tán", "=", 6, "triệu cây xanh phân tán/năm", null, null, { annual: true }),
      ind("Trồng rừng", "=", 10000, "ha rừng/năm", null, null, { annual: true }),
    ],
  ],
  [
    "004 L176",
    "tập trung nghiên cứu, đầu tư vào 03 trụ cột tăng trưởng, 04 trung tâm kinh tế động lực và 06 hành lang phát triển kinh tế của tỉnh",
    [],
  ],
];

describe("parseIndicators", () => {
  it("quotes every phrase of the table verbatim from the line it cites", () => {
    const missing = CASES.filter(([where, phrase]) => {
      const [file, line] = where.split(" L");
      const text = normalizePlanText(sourceLine(FILES[file ?? ""] ?? SOURCE_FILES[0], Number(line)));
      return !text.includes(normalizePlanText(phrase));
    }).map(([where]) => where);
    expect(missing).toEqual([]);
  });

  it("covers at least 60 phrases from all five documents", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map(([where]) => where.slice(0, 3)))).toEqual(new Set(["000", "001", "002", "003", "004"]));
  });

  it.each(CASES)("reads %s: %j", (_where, phrase, expected) => {
    expect(withoutText(parseIndicators(phrase))).toEqual(expected);
  });

  describe("the prose targets of 003 ('Nhiệm vụ chung'), whole paragraphs", () => {
    const project = (line: number) =>
      parseIndicators(sourceLine("003-thanhhoa-nq58-2021.txt", line)).map((i) => [
        i.label,
        i.comparator,
        i.value,
        i.unit,
        i.year,
      ]);

    it("reads the 20 economic targets of L102, each with the period or year its marker sets", () => {
      expect(project(102)).toEqual([
        ["Tốc độ tăng trưởng GRDP", ">=", 11, "%", 2025],
        ["Thu ngân sách nhà nước", ">=", 10, "%", 2025],
        ["Tỷ trọng đóng góp vào tổng sản phẩm của cả nước", "~", 4, "%", 2025],
        ["GRDP bình quân đầu người", "=", 5200, "USD", 2025],
        ["Cơ cấu các ngành kinh tế trong GRDP: nông, lâm, thủy sản", "=", 5.9, "%", 2025],
        ["Cơ cấu các ngành kinh tế trong GRDP: công nghiệp - xây dựng", "=", 53.8, "%", 2025],
        ["Cơ cấu các ngành kinh tế trong GRDP: dịch vụ", "=", 30.5, "%", 2025],
        ["Cơ cấu các ngành kinh tế trong GRDP: thuế sản phẩm", "=", 9.8, "%", 2025],
        ["Tỷ trọng công nghiệp chế biến, chế tạo trong GRDP", "=", 36.6, "%", 2025],
        ["Kim ngạch xuất khẩu", "=", 8, "tỷ USD", 2025],
        ["Tốc độ tăng trưởng GRDP", ">=", 9.2, "%", 2030],
        ["Thu ngân sách nhà nước", ">=", 7, "%", 2030],
        ["Tỷ trọng đóng góp vào tổng sản phẩm của cả nước", "~", 4.4, "%", 2030],
        ["GRDP bình quân đầu người", "=", 8990, "USD", 2030],
        ["Cơ cấu các ngành kinh tế trong GRDP: nông, lâm, thủy sản", "=", 3.8, "%", 2030],
        ["Cơ cấu các ngành kinh tế trong GRDP: công nghiệp - xây dựng", "=", 56.3, "%", 2030],
        ["Cơ cấu các ngành kinh tế trong GRDP: dịch vụ", "=", 30, "%", 2030],
        ["Cơ cấu các ngành kinh tế trong GRDP: thuế sản phẩm", "=", 9.9, "%", 2030],
        ["Tỷ trọng công nghiệp chế biến, chế tạo trong GRDP", "=", 41, "%", 2030],
        ["Kim ngạch xuất khẩu", "=", 15, "tỷ USD", 2030],
      ]);
    });

    it("reads the PCI/PAPI/PAR ranks of L172 as one indicator each, and the investment totals", () => {
      expect(project(172)).toEqual([
        ["Chỉ số năng lực cạnh tranh cấp tỉnh", "<=", 10, "thứ hạng", 2025],
        ["Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh", "<=", 10, "thứ hạng", 2025],
        ["Chỉ số cải cách hành chính", "<=", 10, "thứ hạng", 2025],
        ["Văn bản, hồ sơ công việc được giải quyết trên môi trường điện tử ở tất cả các cấp", "=", 100, "%", 2025],
        ["Tổng huy động vốn đầu tư toàn xã hội", ">=", 750000, "tỷ đồng", 2025],
        ["Tổng huy động vốn đầu tư toàn xã hội", ">=", 900000, "tỷ đồng", 2030],
        ["Chỉ số năng lực cạnh tranh cấp tỉnh", "<=", 8, "thứ hạng", 2030],
        ["Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh", "<=", 8, "thứ hạng", 2030],
      ]);
    });

    it("reads the education, health and S&T targets of L184, including the 'trong đó' sub-indicator", () => {
      expect(project(184)).toEqual([
        ["Tỷ lệ trường chuẩn quốc gia", "=", 81, "%", 2025],
        ["Tỷ lệ lao động qua đào tạo", "=", 75, "%", 2025],
        ["Tỷ lệ dân số tham gia bảo hiểm y tế", ">", 95, "%", 2025],
        ["Số bác sỹ/1 vạn dân", "=", 13, "bác sỹ/1 vạn dân", 2025],
        ["Đóng góp của năng suất các nhân tố tổng hợp vào tăng trưởng GRDP", "=", 40, "%", 2025],
        ["Số doanh nghiệp khoa học công nghệ", ">=", 60, "doanh nghiệp khoa học công nghệ", 2025],
        ["Tỷ lệ trường chuẩn quốc gia", "=", 95, "%", 2030],
        ["Tỷ lệ lao động qua đào tạo", "=", 80, "%", 2030],
        ["Tỷ lệ lao động qua đào tạo, trong đó bằng cấp, chứng chỉ", "=", 35, "%", 2030],
        ["Tỷ lệ dân số tham gia bảo hiểm y tế", "=", 98, "%", 2030],
        ["Số bác sỹ/1 vạn dân", "=", 15, "bác sỹ/1 vạn dân", 2030],
        ["Đóng góp của năng suất các nhân tố tổng hợp vào tăng trưởng GRDP", ">", 45, "%", 2030],
        ["Số doanh nghiệp khoa học công nghệ", ">=", 90, "doanh nghiệp khoa học công nghệ", 2030],
      ]);
    });

    it("reads the cultural-facility targets of L220", () => {
      expect(project(220)).toEqual([
        ["Đơn vị hành chính cấp huyện có trung tâm văn hóa", "=", 100, "%", 2025],
        ["Đơn vị hành chính cấp xã có trung tâm văn hóa - thể thao", "=", 80, "%", 2025],
        ["Thôn thuộc các huyện đồng bằng, ven biển", "=", 80, "%", 2025],
        ["Thôn, bản thuộc các huyện miền núi có nhà văn hóa, khu thể thao thôn", "=", 60, "%", 2025],
        ["Thôn, bản các huyện đồng bằng, ven biển", "=", 100, "%", 2030],
        ["Thôn, bản các huyện miền núi có nhà văn hóa, khu thể thao thôn", "=", 80, "%", 2030],
      ]);
    });

    it("keeps the periods of L102 and L172", () => {
      const periods = [102, 172].flatMap((line) =>
        parseIndicators(sourceLine("003-thanhhoa-nq58-2021.txt", line)).flatMap((i) => (i.period ? [i.period] : [])),
      );
      expect(periods).toEqual([
        { from: 2021, to: 2025 },
        { from: 2021, to: 2025 },
        { from: 2026, to: 2030 },
        { from: 2026, to: 2030 },
        { from: 2021, to: 2025 },
        { from: 2026, to: 2030 },
      ]);
    });
  });

  describe("forms named in the issue that the five documents do not use", () => {
    it.each([
      ["tỷ lệ hộ nghèo dưới 5% năm 2030", [ind("Tỷ lệ hộ nghèo", "<", 5, "%", 2030, "decrease")]],
      [
        "Tỷ lệ che phủ rừng năm 2025 đạt 50%, năm 2030 đạt 70%",
        [
          ind("Tỷ lệ che phủ rừng", "=", 50, "%", 2025, "increase"),
          ind("Tỷ lệ che phủ rừng", "=", 70, "%", 2030, "increase"),
        ],
      ],
      ["chi phí không quá 5%", [ind("Chi phí", "<=", 5, "%", null, "decrease")]],
      ["tỷ lệ nợ xấu tối đa 3%", [ind("Tỷ lệ nợ xấu", "<=", 3, "%", null, "decrease")]],
      ["ít nhất 80% số xã", [ind("Số xã", ">=", 80, "%", null, "increase")]],
      ["tỷ lệ hộ nghèo giảm xuống 3%", [ind("Tỷ lệ hộ nghèo", "=", 3, "%", null, "decrease")]],
      ["tăng lên 60% số hộ", [ind("Số hộ", "=", 60, "%", null, "increase")]],
      ["duy trì tỷ lệ 95%", [ind("Tỷ lệ", "=", 95, "%", null, "maintain")]],
      ["tỷ lệ 30/70", [ind("Tỷ lệ", "=", 30, "%", null, null, { ratio: [30, 70] })]],
      ["tỷ số tử vong mẹ dưới 20/100.000", [ind("Tỷ số tử vong mẹ", "<", 20, "/100.000", null, "decrease")]],
      [
        "số giường bệnh đạt 30 giường bệnh/vạn dân",
        [ind("Số giường bệnh", "=", 30, "giường bệnh/vạn dân", null, "increase")],
      ],
      ["diện tích nhà ở bình quân đạt 25 m2/người", [ind("Diện tích nhà ở", "=", 25, "m2/người", null, "increase")]],
      [
        "xây dựng 50 km đường giao thông nông thôn",
        [ind("Xây dựng đường giao thông nông thôn", "=", 50, "km", null, null)],
      ],
      [
        "giai đoạn 2021-2025 tăng trưởng bình quân 11%/năm",
        [ind("Tăng trưởng", "=", 11, "%/năm", 2025, null, { period: { from: 2021, to: 2025 }, annual: true })],
      ],
    ] as const)("reads %j", (phrase, expected) => {
      expect(withoutText(parseIndicators(phrase))).toEqual(expected);
    });
  });

  describe("years", () => {
    it("uses context.year when the text names none", () => {
      expect(parseIndicators("Tỷ lệ đất có rừng 64%", { year: 2030 })[0]?.year).toBe(2030);
    });

    it("prefers the text's own year to context.year", () => {
      expect(parseIndicators("Đến năm 2025, tỷ lệ lao động qua đào tạo đạt 75%", { year: 2030 })[0]?.year).toBe(2025);
    });

    it("offers the plan's end year among the candidates of a year typo", () => {
      const [indicator] = parseIndicators(
        "Giai đoạn 2021-2020 phấn đấu duy trì tỉ lệ tham gia bảo hiểm y tế đạt trên 95% dân số",
        {
          planTo: 2035,
        },
      );
      expect(indicator?.ambiguity).toEqual({
        reason: "year_typo",
        candidates: ["2020-2021", "2021-2025", "2021-2030", "2021-2035"],
      });
      expect(indicator?.year).toBeNull();
    });

    it("does not take a baseline, a constant-price base or a vision year as the target year (002 L1872)", () => {
      const years = parseIndicators(
        "Giá trị tăng thêm đạt 360 tỷ đồng (theo giá so sánh 2010), tầm nhìn đến năm 2045",
      ).map((i) => i.year);
      expect(years).toEqual([null]);
    });
  });

  describe("what is not a value", () => {
    it.each([
      ["a target heading code", "Mục tiêu 3.1. Đến năm 2030, chấm dứt các bệnh dịch AIDS"],
      ["a document number and date", "Quyết định số 1396/QĐ-UBND ngày 25/5/2015 của UBND tỉnh Quảng Ninh"],
      ["an age", "trẻ em dưới 5 tuổi và trẻ em có hoàn cảnh đặc biệt khó khăn"],
      ["a programme period", "Chiến lược quốc gia An toàn thực phẩm giai đoạn 2011 - 2020 và tầm nhìn 2030."],
      [
        "a number of plan items",
        "Các mục tiêu cụ thể về phát triển bền vững của tỉnh Thanh Hóa đến năm 2030 gồm 104 mục tiêu",
      ],
      ["a decree in a law name", "Luật Việc làm 2013 trên địa bàn tỉnh"],
      ["a list number", "(1). Quyết định số 4206/QĐ-UBND"],
      ["a vague change", "Đến năm 2030, giảm đáng kể số ca mắc bệnh và tử vong do các hóa chất độc hại"],
      ["a date of an event", "ngày nước thế giới 22/3, ngày môi trường thế giới 5/6."],
    ])("skips %s", (_what, phrase) => {
      expect(parseIndicators(phrase)).toEqual([]);
    });
  });

  describe("the text it keeps", () => {
    it("quotes the phrase each value was read from", () => {
      expect(
        parseIndicators(
          "Đến năm 2020, tỷ lệ hộ nghèo trên địa bàn tỉnh còn 1,06%; đến năm 2030 tỷ lệ hộ nghèo còn dưới 1%",
        ).map((i) => i.text),
      ).toEqual(["tỷ lệ hộ nghèo trên địa bàn tỉnh còn 1,06%", "tỷ lệ hộ nghèo còn dưới 1%"]);
    });

    it("reads through HTML residue and keeps a less-than sign (002 L330)", () => {
      const [indicator] = parseIndicators(
        "<p>Đến năm 2030: giảm tỷ suất tử vong trẻ dưới 5 tuổi xuống < 13/1000 trẻ đẻ sống</p>",
      );
      expect(indicator).toMatchObject({ comparator: "<", value: 13, unit: "/1000 trẻ đẻ sống", year: 2030 });
    });
  });

  describe("robustness", () => {
    const everyCell = SOURCE_FILES.flatMap((file) => sourceLines(file).flatMap((line) => line.split("\t")));
    const COMPARATORS = new Set(["<", "<=", ">", ">=", "=", "~", "between", null]);
    const DIRECTIONS = new Set(["increase", "decrease", "maintain", null]);

    it("returns well-formed indicators for every line and cell of the five documents", () => {
      const bad = everyCell.flatMap((cell) =>
        parseIndicators(cell).filter(
          (i) =>
            typeof i.label !== "string" ||
            !COMPARATORS.has(i.comparator) ||
            !DIRECTIONS.has(i.direction) ||
            (i.value !== null && !Number.isFinite(i.value)) ||
            (i.valueMax !== null && (i.comparator !== "between" || i.value === null || i.valueMax < i.value)) ||
            (i.year !== null && !Number.isInteger(i.year)) ||
            typeof i.text !== "string",
        ),
      );
      expect(bad).toEqual([]);
    });

    it("never throws on random text built from the documents' characters and words", () => {
      const pieces = [
        "0",
        "1",
        "5",
        ",",
        ".",
        "/",
        "-",
        "–",
        "%",
        "‰",
        "<",
        ">",
        "(",
        ")",
        ";",
        ":",
        " ",
        "\n",
        "\t",
        "năm ",
        "đến năm 2030 ",
        "giai đoạn 2021-2020 ",
        "trên ",
        "dưới ",
        "giảm ",
        "tăng ",
        "gấp đôi ",
        "một nửa ",
        "trở lên ",
        "so với năm 2010 ",
        "trong đó ",
        "cả nước ",
        "cao hơn ",
        "nhóm 10 tỉnh dẫn đầu ",
        "cấp độ 4",
        "Mục tiêu 1.1:",
        "<p>",
        "triệu ",
        "ha",
        "USD",
        "/100.000 ",
        "x",
        "Đ",
        "\u0301",
        "💥",
      ];
      let seed = 7;
      const random = (n: number): number => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % n;
      };
      for (let round = 0; round < 3000; round += 1) {
        const cell = everyCell[random(everyCell.length)] ?? "";
        const from = random(cell.length + 1);
        let text = round % 2 === 0 ? cell.slice(from, from + random(300)) : "";
        for (let k = random(30); k > 0; k -= 1) text += pieces[random(pieces.length)];
        expect(() => parseIndicators(text, { year: 2030, planTo: 2030 })).not.toThrow();
      }
    });

    // Speed is reported by `npm run bench` (catalogue import), not asserted here.
    it("reads values from the target lines of all five documents", () => {
      const targets = SOURCE_FILES.flatMap((file) => sourceLines(file)).filter((line) =>
        /Mục tiêu (?:số )?\d+\.\d+|Nhiệm vụ chung|Phân đấu|%/.test(line),
      );
      const count = targets.reduce((n, line) => n + parseIndicators(line).length, 0);
      expect(count).toBeGreaterThan(150);
    });
  });
});
