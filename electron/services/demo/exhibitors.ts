/**
 * The demo fair's exhibitors: Chau Long Import-Export Investment JSC of Hong Bang ward (quoted
 * in the press about the real fair) and invented but plausible local businesses.
 * `zone` says where they exhibit; `booths` is 2 for the three that hold two booths.
 */
export interface DemoExhibitor {
  legalName: string;
  shortName: string;
  contact: string;
  ward: string;
  category: string;
  ocop: 3 | 4 | 5 | null;
  zone: 'ocop' | 'craft' | 'food';
  booths: 1 | 2;
}

export const DEMO_EXHIBITORS: DemoExhibitor[] = [
  { legalName: 'Công ty Cổ phần Đầu tư Xuất nhập khẩu Châu Long', shortName: 'Châu Long', contact: 'Nguyễn Thị Kim Phượng', ward: 'phường Hồng Bàng', category: 'Thực phẩm', ocop: 4, zone: 'ocop', booths: 2 },
  { legalName: 'Hợp tác xã Nước mắm Cát Hải', shortName: 'Nước mắm Cát Hải', contact: 'Phạm Văn Hùng', ward: 'đặc khu Cát Hải', category: 'Thực phẩm', ocop: 5, zone: 'ocop', booths: 2 },
  { legalName: 'Công ty TNHH Bánh đa cua Đồng Thái', shortName: 'Bánh đa Đồng Thái', contact: 'Lê Thị Hoa', ward: 'xã An Hải', category: 'Thực phẩm', ocop: 4, zone: 'ocop', booths: 1 },
  { legalName: 'Hợp tác xã Mật ong Thủy Nguyên', shortName: 'Mật ong Thủy Nguyên', contact: 'Vũ Đức Thắng', ward: 'phường Thủy Nguyên', category: 'Thực phẩm', ocop: 3, zone: 'ocop', booths: 1 },
  { legalName: 'Cơ sở sản xuất Chè Hải Phòng Xanh', shortName: 'Chè Xanh', contact: 'Đỗ Thị Lan', ward: 'xã Kiến Thụy', category: 'Đồ uống', ocop: 3, zone: 'ocop', booths: 1 },
  { legalName: 'Công ty TNHH Thực phẩm Kiến An', shortName: 'Thực phẩm Kiến An', contact: 'Trần Minh Tuấn', ward: 'phường Kiến An', category: 'Thực phẩm', ocop: 4, zone: 'ocop', booths: 1 },
  { legalName: 'Hợp tác xã Rượu làng Vân Tràng', shortName: 'Rượu Vân Tràng', contact: 'Nguyễn Văn Lộc', ward: 'xã Tiên Lãng', category: 'Đồ uống', ocop: 3, zone: 'ocop', booths: 1 },
  { legalName: 'Công ty Cổ phần Nông sản sạch Vĩnh Bảo', shortName: 'Nông sản Vĩnh Bảo', contact: 'Hoàng Thị Mai', ward: 'xã Vĩnh Bảo', category: 'Nông sản', ocop: 4, zone: 'ocop', booths: 1 },
  { legalName: 'Hộ kinh doanh Bánh gai Ninh Giang', shortName: 'Bánh gai Ninh Giang', contact: 'Phạm Thị Thu', ward: 'xã Ninh Giang', category: 'Thực phẩm', ocop: 4, zone: 'ocop', booths: 1 },
  { legalName: 'Hợp tác xã Vải thiều Thanh Hà', shortName: 'Vải Thanh Hà', contact: 'Bùi Văn Khánh', ward: 'xã Thanh Hà', category: 'Nông sản', ocop: 5, zone: 'ocop', booths: 1 },
  { legalName: 'Công ty TNHH Bánh đậu xanh Hải Dương Xưa', shortName: 'Đậu xanh Hải Dương', contact: 'Ngô Thị Hạnh', ward: 'phường Hải Dương', category: 'Thực phẩm', ocop: 4, zone: 'ocop', booths: 1 },
  { legalName: 'Hợp tác xã Gạo nếp cái hoa vàng Kinh Môn', shortName: 'Nếp Kinh Môn', contact: 'Đặng Văn Sơn', ward: 'phường Kinh Môn', category: 'Nông sản', ocop: 3, zone: 'ocop', booths: 1 },
  { legalName: 'Công ty TNHH Hải sản khô Đồ Sơn', shortName: 'Hải sản Đồ Sơn', contact: 'Lương Thị Nga', ward: 'phường Đồ Sơn', category: 'Thực phẩm', ocop: 4, zone: 'ocop', booths: 1 },
  { legalName: 'Hộ kinh doanh Mắm rươi Tiên Lãng', shortName: 'Mắm rươi Tiên Lãng', contact: 'Vũ Thị Hằng', ward: 'xã Tiên Lãng', category: 'Thực phẩm', ocop: 3, zone: 'ocop', booths: 1 },
  { legalName: 'Hợp tác xã Tỏi Thủy Nguyên', shortName: 'Tỏi Thủy Nguyên', contact: 'Nguyễn Đình Toàn', ward: 'phường Thủy Nguyên', category: 'Nông sản', ocop: 3, zone: 'ocop', booths: 1 },
  { legalName: 'Công ty Cổ phần Gốm Chu Đậu', shortName: 'Gốm Chu Đậu', contact: 'Trịnh Văn Bình', ward: 'xã Nam Sách', category: 'Thủ công mỹ nghệ', ocop: 5, zone: 'craft', booths: 2 },
  { legalName: 'Hợp tác xã Mây tre đan Hải Phòng', shortName: 'Mây tre đan', contact: 'Đinh Thị Yến', ward: 'xã An Lão', category: 'Thủ công mỹ nghệ', ocop: 3, zone: 'craft', booths: 1 },
  { legalName: 'Cơ sở Tượng gỗ Bảo Hà', shortName: 'Tượng gỗ Bảo Hà', contact: 'Phạm Văn Lâm', ward: 'xã Vĩnh Bảo', category: 'Thủ công mỹ nghệ', ocop: 4, zone: 'craft', booths: 1 },
  { legalName: 'Hộ kinh doanh Đan len Kiến Thụy', shortName: 'Đan len Kiến Thụy', contact: 'Nguyễn Thị Thảo', ward: 'xã Kiến Thụy', category: 'Thủ công mỹ nghệ', ocop: null, zone: 'craft', booths: 1 },
  { legalName: 'Công ty TNHH Thêu ren Thủy Nguyên', shortName: 'Thêu ren', contact: 'Lê Văn Quang', ward: 'phường Thủy Nguyên', category: 'Thủ công mỹ nghệ', ocop: 3, zone: 'craft', booths: 1 },
  { legalName: 'Cơ sở Chiếu cói An Lão', shortName: 'Chiếu cói An Lão', contact: 'Trần Thị Dung', ward: 'xã An Lão', category: 'Thủ công mỹ nghệ', ocop: 3, zone: 'craft', booths: 1 },
  { legalName: 'Hợp tác xã Nón lá Cổ Am', shortName: 'Nón lá Cổ Am', contact: 'Vũ Thị Nhung', ward: 'xã Vĩnh Bảo', category: 'Thủ công mỹ nghệ', ocop: null, zone: 'craft', booths: 1 },
  { legalName: 'Công ty TNHH Tranh gạo Hồng Bàng', shortName: 'Tranh gạo', contact: 'Đỗ Minh Châu', ward: 'phường Hồng Bàng', category: 'Thủ công mỹ nghệ', ocop: null, zone: 'craft', booths: 1 },
  { legalName: 'Cơ sở Sơn mài Lê Chân', shortName: 'Sơn mài Lê Chân', contact: 'Hoàng Văn Đức', ward: 'phường Lê Chân', category: 'Thủ công mỹ nghệ', ocop: 4, zone: 'craft', booths: 1 },
  { legalName: 'Hộ kinh doanh Hương trầm Ngô Quyền', shortName: 'Hương trầm', contact: 'Nguyễn Thị Bích', ward: 'phường Ngô Quyền', category: 'Thủ công mỹ nghệ', ocop: null, zone: 'craft', booths: 1 },
  { legalName: 'Hộ kinh doanh Bánh đa cua Bà Cụ', shortName: 'Bánh đa cua Bà Cụ', contact: 'Phạm Thị Lụa', ward: 'phường Lê Chân', category: 'Ẩm thực', ocop: null, zone: 'food', booths: 1 },
  { legalName: 'Quán Nem cua bể Hải Phòng', shortName: 'Nem cua bể', contact: 'Trần Văn Tú', ward: 'phường Ngô Quyền', category: 'Ẩm thực', ocop: null, zone: 'food', booths: 1 },
  { legalName: 'Hộ kinh doanh Bánh mì cay Lê Lợi', shortName: 'Bánh mì cay', contact: 'Đoàn Thị Huyền', ward: 'phường Hồng Bàng', category: 'Ẩm thực', ocop: null, zone: 'food', booths: 1 },
  { legalName: 'Công ty TNHH Ẩm thực Cầu Đất', shortName: 'Ẩm thực Cầu Đất', contact: 'Lê Quốc Việt', ward: 'phường Ngô Quyền', category: 'Ẩm thực', ocop: null, zone: 'food', booths: 1 },
  { legalName: 'Hộ kinh doanh Chè Tô Hiệu', shortName: 'Chè Tô Hiệu', contact: 'Nguyễn Thị Phương', ward: 'phường Lê Chân', category: 'Ẩm thực', ocop: null, zone: 'food', booths: 1 },
  { legalName: 'Hộ kinh doanh Bún cá cay Hải Phòng', shortName: 'Bún cá cay', contact: 'Bùi Thị Vân', ward: 'phường Lê Chân', category: 'Ẩm thực', ocop: null, zone: 'food', booths: 1 },
  { legalName: 'Cơ sở Sữa chua Đồ Sơn', shortName: 'Sữa chua Đồ Sơn', contact: 'Vũ Văn Nam', ward: 'phường Đồ Sơn', category: 'Ẩm thực', ocop: 3, zone: 'food', booths: 1 },
  { legalName: 'Hộ kinh doanh Bánh bèo Cát Bi', shortName: 'Bánh bèo Cát Bi', contact: 'Phan Thị Hương', ward: 'phường Hải An', category: 'Ẩm thực', ocop: null, zone: 'food', booths: 1 },
  { legalName: 'Công ty TNHH Cà phê Phố Cảng', shortName: 'Cà phê Phố Cảng', contact: 'Đặng Minh Khoa', ward: 'phường Hồng Bàng', category: 'Đồ uống', ocop: null, zone: 'food', booths: 1 },
  { legalName: 'Hộ kinh doanh Ốc Hải Phòng Xưa', shortName: 'Ốc Phố Xưa', contact: 'Lưu Thị Thanh', ward: 'phường An Biên', category: 'Ẩm thực', ocop: null, zone: 'food', booths: 1 },
  { legalName: 'Cơ sở Bánh cuốn Cao Bằng phố Cấm', shortName: 'Bánh cuốn phố Cấm', contact: 'Mạc Văn Thành', ward: 'phường Gia Viên', category: 'Ẩm thực', ocop: null, zone: 'food', booths: 1 },
  { legalName: 'Hộ kinh doanh Kem Tràng Tiền Hải Phòng', shortName: 'Kem mát lạnh', contact: 'Tô Thị Ngọc', ward: 'phường Hồng Bàng', category: 'Ẩm thực', ocop: null, zone: 'food', booths: 1 },
];
