/**
 * The words agency names begin with in these plans. Splitting uses them to tell a new agency
 * ("…, Sở Y tế") from the rest of a name ("…, Thể thao và Du lịch"); scanning prose uses them to
 * find mentions the directory does not know.
 */

// Capitalised words that start an agency name; lower-case "sở", "ban" occur inside collective
// phrases ("các sở, ban, ngành") and must not split them.
const CAPITALISED_HEADS = [
  "Sở", "Ban", "Bộ", "Ủy ban", "Uỷ ban", "UB", "Công an", "Ngân hàng", "Đài", "Báo", "Hội", "Liên đoàn",
  "Liên minh", "Tỉnh đoàn", "Đoàn", "Mặt trận", "Mật trấn", "MTTQ", "Viện", "Tòa án", "Toà án", "Cục", "Chi cục",
  "Trung tâm", "Kho bạc", "Bảo hiểm", "Thanh tra", "Văn phòng", "Trường", "Chi nhánh", "Phòng", "Hiệp hội",
  "Công ty", "Tổng công ty", "BCH", "Cơ quan", "Khối", "Các", "Hạt", "Vườn quốc gia", "Điện lực", "Cảng vụ",
  "Quỹ", "Học viện",
];
// Lower-case phrases that start a collective actor.
const LOWERCASE_HEADS = [
  "ubnd", "ủy ban", "uỷ ban", "các sở", "các ban", "các bộ", "các cơ quan", "các đơn vị", "các tổ chức", "các ngành",
  "các huyện", "các địa phương", "các doanh nghiệp", "các hội", "các hiệp hội", "các đoàn thể", "các chủ rừng",
  "các chi nhánh", "các ngân hàng", "các trường", "các lực lượng", "các thành viên", "các cấp", "tổ chức",
  "đoàn thể", "cơ quan", "chi nhánh", "ngân hàng", "doanh nghiệp", "hiệp hội", "lực lượng", "chủ rừng",
  "đơn vị", "địa phương", "mttq", "bch",
];

/** True when `piece` begins the way agency names and collective actors begin in these plans. */
export function startsLikeAgency(piece: string): boolean {
  const lower = piece.toLowerCase();
  const startsWith = (text: string, head: string): boolean =>
    text.startsWith(head) && (text.length === head.length || /[\s,.;:(&-]/u.test(text.charAt(head.length)));
  return CAPITALISED_HEADS.some((h) => startsWith(piece, h)) || LOWERCASE_HEADS.some((h) => startsWith(lower, h));
}


/** Stricter, for prose: only the capitalised heads ("Sở …", "UBND …"), so "tổ chức thực hiện" is no mention. */
export function startsLikeAgencyName(piece: string): boolean {
  return CAPITALISED_HEADS.some(
    (h) => piece.startsWith(h) && (piece.length === h.length || /[\s,.;:(&-]/u.test(piece.charAt(h.length))),
  ) || /^(?:UBND|Ủy ban|Uỷ ban)\b/u.test(piece);
}
