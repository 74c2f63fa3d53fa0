<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AreaReportPage</name>
    <message>
        <source>Figures of my area</source>
        <translation>Số liệu địa bàn của tôi</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Fetch the latest figures</source>
        <translation>Tải số liệu mới nhất</translation>
    </message>
</context>
<context>
    <name>ClanFormPage</name>
    <message>
        <source>New clan</source>
        <translation>Dòng họ mới</translation>
    </message>
    <message>
        <source>Clan name, e.g. Họ Nguyễn</source>
        <translation>Tên dòng họ, ví dụ Họ Nguyễn</translation>
    </message>
    <message>
        <source>Branch (chi), if any</source>
        <translation>Chi họ (nếu có)</translation>
    </message>
    <message>
        <source>Head of the clan</source>
        <translation>Trưởng họ</translation>
    </message>
    <message>
        <source>Villages where the clan lives</source>
        <translation>Các thôn có người trong họ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Add a household to the clan</source>
        <translation>Thêm hộ vào dòng họ</translation>
    </message>
    <message>
        <source>Which household belongs to %1?</source>
        <translation>Hộ nào thuộc %1?</translation>
    </message>
    <message>
        <source>Press and hold a household to remove it from the clan.</source>
        <translation>Nhấn giữ một hộ để bỏ hộ đó khỏi dòng họ.</translation>
    </message>
    <message>
        <source>Member households (%L1)</source>
        <translation>Hộ thuộc dòng họ (%L1)</translation>
    </message>
    <message>
        <source>Learning clan %1</source>
        <translation>Dòng họ học tập năm %1</translation>
    </message>
    <message>
        <source>Register for this year</source>
        <translation>Đăng ký năm nay</translation>
    </message>
    <message>
        <source>Evaluation, verification and recognition</source>
        <translation>Đánh giá, xác minh và công nhận</translation>
    </message>
    <message>
        <source>Record a contribution to the study fund</source>
        <translation>Ghi nhận ủng hộ quỹ khuyến học</translation>
    </message>
    <message>
        <source>Already in the clan</source>
        <translation>Đã thuộc dòng họ</translation>
    </message>
</context>
<context>
    <name>ClanListPage</name>
    <message>
        <source>Clans</source>
        <translation>Dòng họ</translation>
    </message>
    <message>
        <source>No clans yet. Add one with the + button.</source>
        <translation>Chưa có dòng họ nào. Bấm nút + để thêm.</translation>
    </message>
    <message>
        <source>Add a clan</source>
        <translation>Thêm dòng họ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s)</source>
        <translation>
            <numerusform>%Ln hộ</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap a clan in the list to see it here.</source>
        <translation>Chạm vào một dòng họ trong danh sách để xem ở đây.</translation>
    </message>
</context>
<context>
    <name>CommunePage</name>
    <message>
        <source>Commune overview %1</source>
        <translation>Tổng hợp xã năm %1</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <source>HH</source>
        <extracomment>Column headers of the commune table; keep them very short (about 4 letters)</extracomment>
        <translation>Hộ</translation>
    </message>
    <message>
        <source>Reg.</source>
        <translation>ĐK</translation>
    </message>
    <message>
        <source>Decl.</source>
        <translation>TĐG</translation>
    </message>
    <message>
        <source>Ver.</source>
        <translation>XM</translation>
    </message>
    <message>
        <source>Rec.</source>
        <translation>CN</translation>
    </message>
    <message>
        <source>No villages on this phone yet. Sync, or add the villages of your commune.</source>
        <translation>Máy chưa có thôn nào. Hãy đồng bộ, hoặc thêm các thôn của xã.</translation>
    </message>
    <message>
        <source>%L1 households · %L2 registered · %L3 self-declared · %L4 verified · %L5 recognised (%6)</source>
        <translation>%L1 hộ · %L2 đăng ký · %L3 tự đánh giá · %L4 đã xác minh · %L5 được công nhận (%6)</translation>
    </message>
    <message>
        <source>National targets for 2025: 70% of families, 65% of clans and village communities, 80% of units. Villages below the family target are shown in orange.</source>
        <translation>Chỉ tiêu quốc gia năm 2025: 70% gia đình, 65% dòng họ và cộng đồng thôn, 80% đơn vị. Thôn dưới chỉ tiêu gia đình tô màu cam.</translation>
    </message>
    <message>
        <source>HH: households · Reg.: registered · Decl.: self-assessed · Ver.: verified · Rec.: recognised</source>
        <extracomment>Explains the commune table&apos;s short column headers, in the same order</extracomment>
        <translation>Hộ: số hộ · ĐK: đã đăng ký · TĐG: đã tự đánh giá · XM: đã xác minh · CN: đã công nhận</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>The same information was changed on two phones. Choose the value that is right.</source>
        <translation>Cùng một thông tin đã được sửa trên hai máy. Hãy chọn giá trị đúng.</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Giá trị khác</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Giá trị hiện tại</translation>
    </message>
    <message>
        <source>No conflicts. Every change agrees.</source>
        <translation>Không có xung đột. Mọi thay đổi đều khớp nhau.</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Dùng giá trị khác</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Giữ giá trị hiện tại</translation>
    </message>
</context>
<context>
    <name>ContributionPage</name>
    <message>
        <source>Contribution</source>
        <translation>Ủng hộ quỹ</translation>
    </message>
    <message>
        <source>No study fund on this phone yet: sync first.</source>
        <translation>Máy chưa có quỹ khuyến học: hãy đồng bộ trước.</translation>
    </message>
    <message>
        <source>Who gives</source>
        <translation>Người ủng hộ</translation>
    </message>
    <message>
        <source>Full name, or the business&apos;s name</source>
        <translation>Họ tên, hoặc tên doanh nghiệp</translation>
    </message>
    <message>
        <source>Amount (đồng)</source>
        <translation>Số tiền (đồng)</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Chuyển khoản</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Hiện vật</translation>
    </message>
    <message>
        <source>Which goods (the amount is their value)</source>
        <translation>Hiện vật gì (số tiền là giá trị quy đổi)</translation>
    </message>
    <message>
        <source>e.g. 20 sets of textbooks</source>
        <translation>ví dụ 20 bộ sách giáo khoa</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Lưu phiếu thu</translation>
    </message>
    <message>
        <source>RECEIPT</source>
        <translation>PHIẾU THU</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Số %1</translation>
    </message>
    <message>
        <source>Received from %1 the sum of %2 for %3.</source>
        <translation>Đã nhận của %1 số tiền %2 cho %3.</translation>
    </message>
    <message>
        <source>Collected by %1. The commune&apos;s association gives the official number on approval.</source>
        <translation>Người thu: %1. Hội Khuyến học xã cấp số chính thức khi duyệt.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Lưu phiếu thu thành tệp PDF</translation>
    </message>
    <message>
        <source>Open to print or send</source>
        <translation>Mở để in hoặc gửi</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ví dụ: %1</translation>
    </message>
    <message>
        <source>Into the fund</source>
        <translation>Vào quỹ</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Ngày: %1</translation>
    </message>
    <message>
        <source>Received from %1 goods: %2, valued at %3, for %4.</source>
        <translation>Đã nhận của %1 hiện vật: %2, trị giá %3, cho %4.</translation>
    </message>
    <message>
        <source>In words: %1</source>
        <extracomment>The amount written in words on a receipt (Vietnamese words, as the law asks)</extracomment>
        <translation>Bằng chữ: %1</translation>
    </message>
    <message>
        <source>Anonymous on the public list (the books keep the name)</source>
        <translation>Giấu tên trên danh sách niêm yết (sổ vẫn ghi tên)</translation>
    </message>
    <message>
        <source>Already in the books? Tap to choose:</source>
        <translation>Đã có trong sổ? Chạm để chọn:</translation>
    </message>
    <message>
        <source>✓ The same giver as before: the gift is added to their record.</source>
        <translation>✓ Cùng người góp trước đây: lần góp này ghi vào hồ sơ của người đó.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard %1</source>
        <translation>Bảng điều khiển %1</translation>
    </message>
    <message>
        <source>%1 recognised · %2</source>
        <translation>%1 được công nhận · %2</translation>
    </message>
    <message>
        <source>Learning families per year</source>
        <translation>Gia đình học tập qua các năm</translation>
    </message>
    <message>
        <source>Learning families per village, lowest first</source>
        <translation>Gia đình học tập theo thôn, thấp nhất trước</translation>
    </message>
    <message>
        <source>%1 recognised · %2 · %3</source>
        <translation>%1 được công nhận · %2 · %3</translation>
    </message>
</context>
<context>
    <name>DraftMark</name>
    <message>
        <source>Discard</source>
        <translation>Bỏ bản nháp</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Criteria: %1</source>
        <translation>Bộ tiêu chí: %1</translation>
    </message>
    <message>
        <source> (%1 points)</source>
        <translation> (%1 điểm)</translation>
    </message>
    <message>
        <source>From the records: %1</source>
        <translation>Theo dữ liệu: %1</translation>
    </message>
    <message>
        <source>Declared: %1 · Verified: %2</source>
        <translation>Tự đánh giá: %1 · Xác minh: %2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>đồng ý</translation>
    </message>
    <message>
        <source>disagreed</source>
        <translation>không đồng ý</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Không đồng ý</translation>
    </message>
    <message>
        <source>Verification complete</source>
        <translation>Hoàn tất xác minh</translation>
    </message>
    <message>
        <source>Decision number, e.g. 45/QĐ-UBND</source>
        <translation>Số quyết định, ví dụ 45/QĐ-UBND</translation>
    </message>
    <message>
        <source>Recognise</source>
        <translation>Công nhận</translation>
    </message>
    <message>
        <source>Do not recognise</source>
        <translation>Không công nhận</translation>
    </message>
    <message>
        <source>Why reopen it?</source>
        <translation>Lý do mở lại?</translation>
    </message>
    <message>
        <source>Reopen for correction</source>
        <translation>Mở lại để sửa</translation>
    </message>
    <message>
        <source>⚠ The records say otherwise than the declaration: check before verifying.</source>
        <translation>⚠ Hồ sơ cho thấy khác với bản tự khai: kiểm tra trước khi xác minh.</translation>
    </message>
    <message>
        <source>Officer&apos;s note: %1</source>
        <extracomment>%1: the officer&apos;s words with the verdict</extracomment>
        <translation>Ghi chú của cán bộ: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <extracomment>%1: each reason the result does not pass, separated by &quot;;&quot;</extracomment>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>Why you disagree, e.g. the child has left school</source>
        <translation>Vì sao không đồng ý, ví dụ: cháu đã nghỉ học</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Draft not saved yet, from %1</source>
        <translation>Bản nháp chưa lưu, từ %1</translation>
    </message>
    <message>
        <source>Save your changes?</source>
        <translation>Lưu thay đổi?</translation>
    </message>
    <message>
        <source>You changed this form and have not saved it.</source>
        <translation>Bạn đã sửa biểu mẫu này nhưng chưa lưu.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Tiếp tục sửa</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Bỏ thay đổi</translation>
    </message>
</context>
<context>
    <name>FundPage</name>
    <message>
        <source>Study fund</source>
        <translation>Quỹ khuyến học</translation>
    </message>
    <message>
        <source>No study fund on this phone yet. The commune&apos;s association opens it; it arrives with the next sync.</source>
        <translation>Máy chưa có quỹ khuyến học. Hội Khuyến học xã lập quỹ; quỹ sẽ về máy ở lần đồng bộ sau.</translation>
    </message>
    <message>
        <source>Balance now: %1</source>
        <translation>Số dư hiện tại: %1</translation>
    </message>
    <message>
        <source>Record a contribution</source>
        <translation>Ghi nhận ủng hộ</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Phiếu thu</translation>
    </message>
    <message>
        <source>Official number, e.g. PT 12/2026</source>
        <translation>Số chính thức, ví dụ PT 12/2026</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Pay %1 to %2?</source>
        <extracomment>%1: an amount (&quot;1.000.000 ₫&quot;); %2: the beneficiary&apos;s name</extracomment>
        <translation>Chi %1 cho %2?</translation>
    </message>
    <message>
        <source>A payment voucher is written in the fund&apos;s book with this phone&apos;s number. It cannot be changed; a wrong one is cancelled with a reason.</source>
        <translation>Phiếu chi được ghi vào sổ quỹ với số của máy này. Phiếu không sửa được; phiếu sai thì hủy kèm lý do.</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Chi tiền</translation>
    </message>
    <message>
        <source>Cancel receipt %1?</source>
        <translation>Hủy phiếu thu %1?</translation>
    </message>
    <message>
        <source>Cancel the receipt</source>
        <translation>Hủy phiếu thu</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Propose %1 for %2?</source>
        <extracomment>%1: how many children (&quot;3 children&quot;); %2: the programme&apos;s name</extracomment>
        <translation>Đề xuất %1 cho chương trình %2?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln child(ren)</source>
        <translation>
            <numerusform>%Ln em</numerusform>
        </translation>
    </message>
    <message>
        <source>Children of school age in poor or near-poor households, orphans and those with a disability, from the household register, who have no award in this programme yet. The commune approves each one.</source>
        <translation>Các em trong độ tuổi đi học thuộc hộ nghèo, cận nghèo, mồ côi hoặc khuyết tật, lấy từ sổ hộ, chưa có suất trong chương trình này. Xã sẽ duyệt từng em.</translation>
    </message>
    <message>
        <source>Propose them</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Close the books through %1?</source>
        <extracomment>%1: a day, dd/mm/yyyy</extracomment>
        <translation>Khóa sổ quỹ đến hết ngày %1?</translation>
    </message>
    <message>
        <source>After this, no receipt or payment dated on or before that day is accepted, on any phone. It cannot be undone from a phone.</source>
        <translation>Sau khi khóa, không phiếu thu, phiếu chi nào ghi ngày đó hoặc trước đó được nhận nữa, trên mọi máy. Không mở lại được từ điện thoại.</translation>
    </message>
    <message>
        <source>Close the books</source>
        <translation>Khóa sổ</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Cancel this receipt…</source>
        <translation>Hủy phiếu này…</translation>
    </message>
    <message>
        <source>Why, e.g. wrong amount</source>
        <translation>Lý do, ví dụ ghi nhầm số tiền</translation>
    </message>
    <message>
        <source>Cancel receipt</source>
        <translation>Hủy phiếu</translation>
    </message>
    <message>
        <source>Scholarships and awards</source>
        <translation>Học bổng và khen thưởng</translation>
    </message>
    <message>
        <source>Propose from the register</source>
        <translation>Đề xuất từ sổ hộ</translation>
    </message>
    <message>
        <source>Decision number (if any)</source>
        <translation>Số quyết định (nếu có)</translation>
    </message>
    <message>
        <source>Closing the books</source>
        <translation>Khóa sổ</translation>
    </message>
    <message>
        <source>The books are closed through %1.</source>
        <translation>Sổ quỹ đã khóa đến hết ngày %1.</translation>
    </message>
    <message>
        <source>The books have not been closed yet.</source>
        <translation>Sổ quỹ chưa khóa lần nào.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>This phone holds the entries of your villages only: the fund&apos;s balance and figures are on the commune&apos;s phones.</source>
        <translation>Máy này chỉ có các phiếu của thôn bạn: số dư và số liệu của quỹ có trên máy của xã.</translation>
    </message>
    <message>
        <source>Cancel payment %1?</source>
        <extracomment>%1: the receipt&apos;s or payment&apos;s voucher number</extracomment>
        <translation>Hủy phiếu chi %1?</translation>
    </message>
    <message>
        <source>Nothing is deleted: the book keeps the entry and a cancelling entry dated today, with the reason &quot;%1&quot;.</source>
        <extracomment>%1: the reason the officer typed</extracomment>
        <translation>Không xóa gì: sổ giữ phiếu và một bút toán hủy ghi ngày hôm nay, với lý do “%1”.</translation>
    </message>
    <message>
        <source>Cancel the payment</source>
        <translation>Hủy phiếu chi</translation>
    </message>
    <message>
        <source>Cancel this payment…</source>
        <translation>Hủy phiếu chi này…</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>Hủy phiếu chi</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Phiếu chi</translation>
    </message>
    <message>
        <source>Official number, e.g. PC 12/2026</source>
        <translation>Số chính thức, ví dụ PC 12/2026</translation>
    </message>
    <message>
        <source>Why, e.g. has a school grant</source>
        <translation>Lý do, ví dụ: đã có học bổng của trường</translation>
    </message>
    <message>
        <source>Decline the award for %1?</source>
        <extracomment>%1: the child&apos;s name</extracomment>
        <translation>Không duyệt suất của %1?</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Không duyệt</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Không duyệt…</translation>
    </message>
    <message>
        <source>The proposal stays in the books as declined, with the reason &quot;%1&quot;. It is never paid, and the child is not proposed again from the register for this programme.</source>
        <extracomment>%1: the reason the commune typed</extracomment>
        <translation>Đề xuất vẫn được giữ trong sổ, ghi là không duyệt, với lý do "%1". Suất này không bao giờ được chi, và em sẽ không được đề xuất lại từ sổ hộ cho chương trình này.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Khuyến Học</source>
        <translation>Khuyến Học</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Xin chào, %1</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Xin chào</translation>
    </message>
    <message>
        <source>%1 · year %2</source>
        <translation>%1 · năm %2</translation>
    </message>
    <message>
        <source>Villages and residential groups</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>Clans</source>
        <translation>Dòng họ</translation>
    </message>
    <message>
        <source>Commune overview</source>
        <translation>Tổng hợp xã</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>Xung đột cần xem (%1)</translation>
    </message>
    <message>
        <source>Hand the phone to a household</source>
        <translation>Đưa máy cho hộ tự khai</translation>
    </message>
    <message>
        <source>Which household will fill in its self-assessment?</source>
        <translation>Hộ nào sẽ tự đánh giá?</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Households (%L1)</source>
        <translation>Hộ gia đình (%L1)</translation>
    </message>
    <message>
        <source>Waiting for verification (%L1)</source>
        <translation>Chờ xác minh (%L1)</translation>
    </message>
    <message>
        <source>Recognition (%L1)</source>
        <translation>Xét công nhận (%L1)</translation>
    </message>
    <message>
        <source>Dashboard and reports</source>
        <translation>Bảng điều khiển và báo cáo</translation>
    </message>
    <message>
        <source>Figures of my area (from the server)</source>
        <translation>Số liệu địa bàn (từ máy chủ)</translation>
    </message>
    <message>
        <source>Not saved yet (%1)</source>
        <translation>Chưa lưu (%1)</translation>
    </message>
    <message>
        <source>Draft from %1 · tap to continue</source>
        <extracomment>A form&apos;s draft on the start page; %1 is its time</extracomment>
        <translation>Bản nháp lúc %1 · chạm để làm tiếp</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>Hộ mới</translation>
    </message>
    <message>
        <source>Study fund and scholarships</source>
        <translation>Quỹ khuyến học và học bổng</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Waiting for verification</source>
        <translation>Chờ xác minh</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Xét công nhận</translation>
    </message>
</context>
<context>
    <name>HouseholdFormPage</name>
    <message>
        <source>New household</source>
        <translation>Hộ mới</translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation>Sửa thông tin hộ</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <source>Choose the village</source>
        <translation>Chọn thôn</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tên đệm</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Address (hamlet, lane, house number)</source>
        <translation>Địa chỉ (xóm, ngõ, số nhà)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>A similar household already lives in this village. Is it the same one?</source>
        <translation>Thôn này đã có hộ giống như vậy. Có phải cùng một hộ không?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Vẫn lưu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>Xóa hộ</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Family name (Nguyễn, Trần…)</source>
        <translation>Họ (Nguyễn, Trần…)</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Save anyway and add the members</source>
        <translation>Vẫn lưu và thêm người trong hộ</translation>
    </message>
    <message>
        <source>Save and add the members</source>
        <translation>Lưu và thêm người trong hộ</translation>
    </message>
    <message>
        <source>Delete the household of %1?</source>
        <translation>Xóa hộ %1?</translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln member(s), its clan links and this year&apos;s evaluations not yet decided are deleted too. You can undo it right after; other officers see the deletion once it is sent.</source>
        <translation>
            <numerusform>%Ln thành viên của hộ, các liên kết dòng họ và các đánh giá năm nay chưa có quyết định cũng bị xóa. Bạn có thể hoàn tác ngay sau đó; cán bộ khác thấy việc xóa khi nó được gửi đi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Poverty list this year (for scholarships)</source>
        <translation>Danh sách hộ nghèo năm nay (để xét học bổng)</translation>
    </message>
</context>
<context>
    <name>HouseholdListPage</name>
    <message>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Search name, address or phone</source>
        <translation>Tìm tên, địa chỉ hoặc số điện thoại</translation>
    </message>
    <message>
        <source>No households yet. Add the first one with the + button.</source>
        <translation>Chưa có hộ nào. Bấm nút + để thêm hộ đầu tiên.</translation>
    </message>
    <message>
        <source>No household matches the search.</source>
        <translation>Không có hộ nào khớp với từ tìm kiếm.</translation>
    </message>
    <message>
        <source>Add a household</source>
        <translation>Thêm hộ</translation>
    </message>
    <message>
        <source>%L1 of %L2 households</source>
        <translation>%L1 trên %L2 hộ</translation>
    </message>
    <message>
        <source>Tap a household in the list to see it here.</source>
        <translation>Chạm vào một hộ trong danh sách để xem ở đây.</translation>
    </message>
    <message>
        <source>Opening the household list…</source>
        <translation>Đang mở danh sách hộ…</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Learning family %1</source>
        <translation>Gia đình học tập năm %1</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Thành viên (%1)</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation>Sửa thông tin hộ</translation>
    </message>
    <message>
        <source>Hand the phone to this household</source>
        <translation>Đưa máy cho hộ này tự khai</translation>
    </message>
    <message>
        <source>Evaluation, verification and recognition</source>
        <translation>Đánh giá, xác minh và công nhận</translation>
    </message>
    <message>
        <source>Record a contribution to the study fund</source>
        <translation>Ghi nhận ủng hộ quỹ khuyến học</translation>
    </message>
</context>
<context>
    <name>HouseholdPickerPage</name>
    <message>
        <source>Choose a household</source>
        <translation>Chọn hộ</translation>
    </message>
    <message>
        <source>Search name, address or phone</source>
        <translation>Tìm tên, địa chỉ hoặc số điện thoại</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Log in again</source>
        <translation>Đăng nhập lại</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Your login has expired. Your work is safe on this phone; log in again to send it.</source>
        <translation>Phiên đăng nhập đã hết hạn. Dữ liệu vẫn an toàn trên máy; hãy đăng nhập lại để gửi đi.</translation>
    </message>
    <message>
        <source>Log in with the account the commune staff gave you. Everything you record is kept on this phone and works without a network.</source>
        <translation>Đăng nhập bằng tài khoản cán bộ xã đã cấp. Mọi thứ bạn ghi đều lưu trên máy và dùng được khi không có mạng.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Scan the server&apos;s code</source>
        <translation>Quét mã của máy chủ</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ví dụ: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Khuyến Học</source>
        <translation>Khuyến Học</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Upgrading the data on this phone for the new version of the app. This is done once and can take a minute; do not close the app.</source>
        <translation>Đang nâng cấp dữ liệu trên máy cho phiên bản mới của ứng dụng. Việc này chỉ làm một lần và có thể mất một phút; đừng tắt ứng dụng.</translation>
    </message>
</context>
<context>
    <name>MemberFormPage</name>
    <message>
        <source>New member</source>
        <translation>Thành viên mới</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Sửa thành viên</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tên đệm</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>Trình độ học vấn</translation>
    </message>
    <message>
        <source>Studying now</source>
        <translation>Đang đi học</translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation>Biết chữ</translation>
    </message>
    <message>
        <source>Learning activities this year (separate with commas)</source>
        <translation>Hoạt động học tập trong năm (cách nhau bằng dấu phẩy)</translation>
    </message>
    <message>
        <source>Citizen ID (CCCD), 12 digits</source>
        <translation>Số CCCD (12 chữ số)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Remove from household</source>
        <translation>Xóa khỏi hộ</translation>
    </message>
    <message>
        <source>Learning citizen %1</source>
        <translation>Công dân học tập năm %1</translation>
    </message>
    <message>
        <source>Register for this year</source>
        <translation>Đăng ký năm nay</translation>
    </message>
    <message>
        <source>Evaluation, verification and recognition</source>
        <translation>Đánh giá, xác minh và công nhận</translation>
    </message>
    <message>
        <source>Saved: %1. Now the next member.</source>
        <translation>Đã lưu: %1. Giờ nhập người tiếp theo.</translation>
    </message>
    <message>
        <source>Save and add another</source>
        <translation>Lưu và thêm người nữa</translation>
    </message>
    <message>
        <source>Save, done</source>
        <translation>Lưu, xong</translation>
    </message>
    <message>
        <source>Done: back to the household</source>
        <translation>Xong: về trang của hộ</translation>
    </message>
    <message>
        <source>Remove %1 from the household?</source>
        <translation>Xóa %1 khỏi hộ?</translation>
    </message>
    <message>
        <source>Their learning-citizen evaluation not yet decided is deleted too. You can undo it right after.</source>
        <translation>Đánh giá &quot;Công dân học tập&quot; chưa có quyết định của người này cũng bị xóa. Bạn có thể hoàn tác ngay sau đó.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Orphan (has lost a parent or both)</source>
        <translation>Mồ côi (mất cha, mẹ hoặc cả hai)</translation>
    </message>
    <message>
        <source>Lives with a disability</source>
        <translation>Khuyết tật</translation>
    </message>
</context>
<context>
    <name>OwnHouseholdPage</name>
    <message>
        <source>My household</source>
        <translation>Hộ của tôi</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Xin chào, %1</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Xin chào</translation>
    </message>
    <message>
        <source>Your household&apos;s details come from the commune&apos;s server. Tap &quot;Sync&quot; above while the phone is online.</source>
        <translation>Thông tin của hộ được lấy từ máy chủ của xã. Hãy bấm &quot;Đồng bộ&quot; ở trên khi điện thoại có mạng.</translation>
    </message>
    <message>
        <source>Learning family %1</source>
        <translation>Gia đình học tập năm %1</translation>
    </message>
    <message>
        <source>Our family&apos;s declaration</source>
        <translation>Tự khai của gia đình</translation>
    </message>
    <message>
        <source>See our declaration</source>
        <translation>Xem bản tự khai của gia đình</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Thành viên (%1)</translation>
    </message>
    <message>
        <source>Something wrong or missing? Tell your village&apos;s officer: changes to the household are made by them.</source>
        <translation>Có thông tin sai hoặc thiếu? Hãy báo cán bộ thôn: việc sửa thông tin của hộ do cán bộ thôn làm.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Choose a PIN</source>
        <translation>Chọn mã PIN</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>Nhập mã PIN</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 8 digits. It opens the app on this phone, also without a network. Do not use the same PIN as the phone&apos;s lock.</source>
        <translation>Chọn mã PIN từ 4 đến 8 chữ số. Mã này mở ứng dụng trên máy, kể cả khi không có mạng. Đừng dùng trùng mã khóa màn hình điện thoại.</translation>
    </message>
    <message>
        <source>%1, enter your PIN.</source>
        <translation>%1, hãy nhập mã PIN.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Nhập lại mã PIN</translation>
    </message>
    <message>
        <source>Save the PIN</source>
        <translation>Lưu mã PIN</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Another user, or log in with the password</source>
        <translation>Người dùng khác, hoặc đăng nhập bằng mật khẩu</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Nhập mã PIN.</translation>
    </message>
</context>
<context>
    <name>RecognitionPage</name>
    <message>
        <source>Recognition</source>
        <translation>Xét công nhận</translation>
    </message>
    <message>
        <source>Decision number, e.g. 45/QĐ-UBND</source>
        <translation>Số quyết định, ví dụ 45/QĐ-UBND</translation>
    </message>
    <message>
        <source>Recognise all that pass</source>
        <translation>Công nhận tất cả đạt chuẩn</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recognised</source>
        <translation>
            <numerusform>Đã công nhận %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing verified waits for a decision.</source>
        <translation>Không có kết quả đã xác minh nào chờ quyết định.</translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more.</source>
        <translation>
            <numerusform> và %Ln trường hợp khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>None of the verified evaluations passes yet.</source>
        <translation>Chưa có đánh giá đã xác minh nào đạt chuẩn.</translation>
    </message>
    <message>
        <source>Recognise %1 under decision %2?</source>
        <extracomment>%1: how many pass and what they are (&quot;19 households&quot;); %2: the decision&apos;s number</extracomment>
        <translation>Công nhận %1 theo quyết định %2?</translation>
    </message>
    <message>
        <source>Recognise %1</source>
        <extracomment>%1: how many pass and what they are (&quot;19 households&quot;)</extracomment>
        <translation>Công nhận %1</translation>
    </message>
    <message>
        <source>Not recognised, they do not pass:</source>
        <translation>Không công nhận vì chưa đạt:</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Year-end report</source>
        <translation>Báo cáo cuối năm</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Scan the server&apos;s code</source>
        <translation>Quét mã của máy chủ</translation>
    </message>
    <message>
        <source>This code does not hold a server address. Aim at the code the server shows.</source>
        <translation>Mã này không có địa chỉ máy chủ. Hãy hướng vào mã mà máy chủ hiển thị.</translation>
    </message>
    <message>
        <source>Aim the camera at the square code on the server&apos;s screen. The address is filled in by itself.</source>
        <translation>Hướng camera vào mã vuông trên màn hình máy chủ. Địa chỉ sẽ tự điền vào.</translation>
    </message>
    <message>
        <source>The camera cannot be used. Type or paste the address instead.</source>
        <translation>Không dùng được camera. Hãy gõ hoặc dán địa chỉ.</translation>
    </message>
    <message>
        <source>Type the address instead</source>
        <translation>Gõ địa chỉ</translation>
    </message>
</context>
<context>
    <name>SelfServicePage</name>
    <message>
        <source>Your family is registered for %1. Answer %2 short questions about your family&apos;s learning.</source>
        <translation>Gia đình đã đăng ký năm %1. Hãy trả lời %2 câu hỏi ngắn về việc học của gia đình.</translation>
    </message>
    <message>
        <source>Register your family for the title &quot;Learning family&quot; in %1, then answer %2 short questions.</source>
        <translation>Đăng ký danh hiệu &quot;Gia đình học tập&quot; năm %1, rồi trả lời %2 câu hỏi ngắn.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>An officer has verified this year&apos;s assessment. Nothing more to do here.</source>
        <translation>Cán bộ đã xác minh kết quả năm nay. Không cần làm gì thêm.</translation>
    </message>
    <message>
        <source>Yes, our family does</source>
        <translation>Có, gia đình đã thực hiện</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <source>When you send, an officer of the village will check it with your family.</source>
        <translation>Sau khi gửi, cán bộ thôn sẽ cùng gia đình kiểm tra lại.</translation>
    </message>
    <message>
        <source>Send the self-assessment</source>
        <translation>Gửi bản tự đánh giá</translation>
    </message>
    <message>
        <source>Thank you. Your self-assessment is saved and waits for the officer&apos;s verification.</source>
        <translation>Cảm ơn gia đình. Bản tự đánh giá đã được lưu và đang chờ cán bộ xác minh.</translation>
    </message>
    <message>
        <source>Officer: press and hold to take the phone back</source>
        <translation>Cán bộ: nhấn giữ để nhận lại máy</translation>
    </message>
    <message>
        <source>Back to the household</source>
        <translation>Quay lại hộ</translation>
    </message>
    <message>
        <source>From your family&apos;s details: %1</source>
        <extracomment>Shown under a question the app could answer from the household&apos;s members</extracomment>
        <translation>Theo thông tin gia đình: %1</translation>
    </message>
    <message>
        <source>Officer&apos;s PIN</source>
        <translation>Mã PIN của cán bộ</translation>
    </message>
    <message>
        <source>Take the phone back</source>
        <translation>Lấy lại máy</translation>
    </message>
    <message>
        <source>Answers not sent yet</source>
        <translation>Câu trả lời chưa gửi</translation>
    </message>
    <message>
        <source>%1 of %2 questions are answered already, on this phone. Continue where you stopped.</source>
        <translation>Đã trả lời %1 trên %2 câu, lưu trên máy này. Làm tiếp từ chỗ đã dừng.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Làm tiếp</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Câu trước</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Câu %1 / %2</translation>
    </message>
    <message>
        <source>Your family meets %1 of %2 criteria (%3 points). Check your answers, then send.</source>
        <translation>Gia đình đạt %1 trên %2 tiêu chí (%3 điểm). Xem lại các câu trả lời rồi gửi.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>▼ More below: slide up to read on</source>
        <translation>▼ Còn nữa: vuốt lên để đọc tiếp</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>Save the address</source>
        <translation>Lưu địa chỉ</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Địa bàn phụ trách</translation>
    </message>
    <message>
        <source>Tiếng Việt</source>
        <extracomment>The name of the Vietnamese language in Vietnamese, shown as is in every UI language</extracomment>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>The name of the English language in English, shown as is in every UI language</extracomment>
        <translation>English</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Đang đăng nhập: %1</translation>
    </message>
    <message>
        <source>Lock, or change user</source>
        <translation>Khóa máy hoặc đổi người dùng</translation>
    </message>
    <message>
        <source>Signed in as %1 (user name %2)</source>
        <extracomment>%1: the person&apos;s name as staff wrote it; %2: the user name they sign in with</extracomment>
        <translation>Đang đăng nhập: %1 (tên đăng nhập %2)</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set up this phone</source>
        <translation>Cài đặt máy</translation>
    </message>
    <message>
        <source>Everything you record is kept on this phone and works without a network. Tell the app where to send it and which communes you work in.</source>
        <translation>Mọi thông tin bạn ghi được lưu ngay trên máy và dùng được khi không có mạng. Hãy cho biết địa chỉ máy chủ để gửi và các xã bạn phụ trách.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>Your name (shown to colleagues)</source>
        <translation>Họ tên của bạn (đồng nghiệp sẽ thấy)</translation>
    </message>
    <message>
        <source>Communes you work in</source>
        <translation>Các xã phụ trách</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Search a commune, e.g. phu loc</source>
        <translation>Tìm xã, ví dụ phu loc</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ví dụ: %1</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>Online</source>
        <translation>Có mạng</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Mất mạng</translation>
    </message>
    <message>
        <source>Everything sent</source>
        <translation>Đã gửi hết</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to review</source>
        <translation>
            <numerusform>%Ln xung đột cần xem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) refused</source>
        <translation>
            <numerusform>%Ln thay đổi bị từ chối</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) not sent yet</source>
        <translation>
            <numerusform>%Ln hồ sơ chưa gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation>Chưa có gì cần gửi</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Everything on this phone has reached the server</source>
        <translation>Mọi dữ liệu trên máy đã về máy chủ</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Máy chủ: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Last sync finished</source>
        <translation>Lần đồng bộ gần nhất đã xong</translation>
    </message>
    <message>
        <source>Changes the server refused (%1)</source>
        <translation>Thay đổi bị máy chủ từ chối (%1)</translation>
    </message>
    <message>
        <source>Sync automatically when the network is back</source>
        <translation>Tự động đồng bộ khi có mạng trở lại</translation>
    </message>
    <message numerus="yes">
        <source>Review %Ln conflict(s)</source>
        <translation>
            <numerusform>Xem %Ln xung đột</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Đăng nhập lại</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln hồ sơ đang chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting or needing you (%1)</source>
        <translation>Đang chờ gửi hoặc cần bạn xem (%1)</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Who is using the phone?</source>
        <translation>Ai đang dùng máy?</translation>
    </message>
    <message>
        <source>Add a user (log in)</source>
        <translation>Thêm người dùng (đăng nhập)</translation>
    </message>
</context>
<context>
    <name>VerificationQueuePage</name>
    <message>
        <source>Waiting for verification</source>
        <translation>Chờ xác minh</translation>
    </message>
    <message>
        <source>Nothing waits for verification.</source>
        <translation>Không có bản tự đánh giá nào chờ xác minh.</translation>
    </message>
</context>
<context>
    <name>VillageFormPage</name>
    <message>
        <source>New village</source>
        <translation>Thôn mới</translation>
    </message>
    <message>
        <source>Edit village</source>
        <translation>Sửa thôn</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Name, e.g. Thôn Phú Lộc</source>
        <translation>Tên, ví dụ Thôn Phú Lộc</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Households of this village</source>
        <translation>Các hộ của thôn</translation>
    </message>
    <message>
        <source>Learning village community %1</source>
        <translation>Cộng đồng học tập thôn năm %1</translation>
    </message>
    <message>
        <source>Register for this year</source>
        <translation>Đăng ký năm nay</translation>
    </message>
    <message>
        <source>Evaluation, verification and recognition</source>
        <translation>Đánh giá, xác minh và công nhận</translation>
    </message>
</context>
<context>
    <name>VillageListPage</name>
    <message>
        <source>Villages</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>No villages yet. Add the villages and residential groups of your commune with the + button.</source>
        <translation>Chưa có thôn nào. Bấm nút + để thêm các thôn, tổ dân phố của xã.</translation>
    </message>
    <message>
        <source>Add a village</source>
        <translation>Thêm thôn</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln household(s)</source>
        <translation>
            <numerusform>%1 · %Ln hộ</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap a village in the list to see it here.</source>
        <translation>Chạm vào một thôn, tổ dân phố trong danh sách để xem ở đây.</translation>
    </message>
</context>
<context>
    <name>kh::app::AreaReportController</name>
    <message>
        <source>Not fetched yet</source>
        <translation>Chưa tải lần nào</translation>
    </message>
    <message>
        <source>Figures of %1</source>
        <translation>Số liệu lúc %1</translation>
    </message>
    <message>
        <source>%1 of %2 recognised (%3%)</source>
        <translation>%1 trên %2 được công nhận (%3%)</translation>
    </message>
    <message>
        <source>target %1%</source>
        <translation>chỉ tiêu %1%</translation>
    </message>
    <message>
        <source>province %1%</source>
        <translation>tỉnh %1%</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Không đọc được trả lời của máy chủ.</translation>
    </message>
    <message>
        <source>Cannot reach the server; the figures below are the last ones fetched.</source>
        <translation>Không kết nối được máy chủ; số liệu dưới đây là lần tải gần nhất.</translation>
    </message>
    <message>
        <source>Log in again to fetch the figures.</source>
        <translation>Hãy đăng nhập lại để tải số liệu.</translation>
    </message>
    <message>
        <source>The server refused (%1).</source>
        <translation>Máy chủ từ chối (%1).</translation>
    </message>
    <message>
        <source>received %1 · paid %2 · balance %3</source>
        <translation>thu %1 · chi %2 · tồn %3</translation>
    </message>
    <message numerus="yes">
        <source>%n award(s)</source>
        <translation>
            <numerusform>%n suất</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting approval</source>
        <translation>
            <numerusform>%n chờ duyệt</numerusform>
        </translation>
    </message>
    <message>
        <source>Study funds</source>
        <translation>Quỹ khuyến học</translation>
    </message>
</context>
<context>
    <name>kh::app::ClanForm</name>
    <message>
        <source>Enter the clan&apos;s name, for example Họ Nguyễn</source>
        <translation>Nhập tên dòng họ, ví dụ Họ Nguyễn</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters</source>
        <translation>Quá dài: tối đa %1 ký tự</translation>
    </message>
    <message>
        <source>Choose at least one village where the clan lives</source>
        <translation>Chọn ít nhất một thôn có người trong họ</translation>
    </message>
    <message>
        <source>%1 taken out of the clan</source>
        <extracomment>Shown after taking a household out of a clan, with an Undo button</extracomment>
        <translation>Đã đưa hộ %1 ra khỏi dòng họ</translation>
    </message>
</context>
<context>
    <name>kh::app::ConflictModel</name>
    <message>
        <source>this phone</source>
        <translation>máy này</translation>
    </message>
    <message>
        <source>another phone</source>
        <translation>máy khác</translation>
    </message>
    <message>
        <source>A record deleted since</source>
        <translation>Hồ sơ đã bị xóa sau đó</translation>
    </message>
</context>
<context>
    <name>kh::app::DashboardController</name>
    <message>
        <source>All communes</source>
        <translation>Tất cả các xã</translation>
    </message>
    <message>
        <source>All communes on this phone</source>
        <translation>Tất cả các xã trên máy</translation>
    </message>
    <message>
        <source>no figures for %1</source>
        <translation>chưa có số liệu năm %1</translation>
    </message>
    <message numerus="yes">
        <source>up %n percentage point(s) since %1</source>
        <extracomment>A rate&apos;s change since last year, in percentage points (&quot;tăng 4 điểm phần trăm so với 2025&quot;)</extracomment>
        <translation>
            <numerusform>tăng %n điểm phần trăm so với %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n percentage point(s) since %1</source>
        <translation>
            <numerusform>giảm %n điểm phần trăm so với %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the same as in %1</source>
        <translation>không đổi so với %1</translation>
    </message>
</context>
<context>
    <name>kh::app::DraftListModel</name>
    <message>
        <source>New household</source>
        <translation>Hộ mới</translation>
    </message>
    <message>
        <source>New household: %1</source>
        <translation>Hộ mới: %1</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>Hộ %1</translation>
    </message>
    <message>
        <source>New member of household %1</source>
        <translation>Thành viên mới của hộ %1</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Thành viên %1</translation>
    </message>
    <message>
        <source>New village: %1</source>
        <translation>Thôn mới: %1</translation>
    </message>
    <message>
        <source>New clan: %1</source>
        <translation>Dòng họ mới: %1</translation>
    </message>
    <message numerus="yes">
        <source>Self-assessment of household %1 (%Ln answer(s))</source>
        <extracomment>A self-assessment answered in part, not sent yet</extracomment>
        <translation>
            <numerusform>Tự đánh giá của hộ %1 (%Ln câu đã trả lời)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kh::app::EvaluationController</name>
    <message>
        <source>Learning family</source>
        <translation>Gia đình học tập</translation>
    </message>
    <message>
        <source>Learning clan</source>
        <translation>Dòng họ học tập</translation>
    </message>
    <message>
        <source>Learning village community</source>
        <translation>Cộng đồng học tập thôn</translation>
    </message>
    <message>
        <source>Learning unit</source>
        <translation>Đơn vị học tập</translation>
    </message>
    <message>
        <source>Learning citizen</source>
        <translation>Công dân học tập</translation>
    </message>
    <message>
        <source>Learning commune community</source>
        <translation>Cộng đồng học tập cấp xã</translation>
    </message>
    <message>
        <source>Passes: %1 points</source>
        <translation>Đạt: %1 điểm</translation>
    </message>
    <message>
        <source>Does not pass yet: %1 points</source>
        <translation>Chưa đạt: %1 điểm</translation>
    </message>
    <message>
        <source>Does not reach level 1 yet</source>
        <translation>Chưa đạt mức độ 1</translation>
    </message>
    <message>
        <source>Every criterion met</source>
        <translation>Đạt mọi tiêu chí</translation>
    </message>
    <message>
        <source>Some criteria not met yet</source>
        <translation>Còn tiêu chí chưa đạt</translation>
    </message>
    <message>
        <source>Decision %1 of %2</source>
        <translation>Quyết định %1 ngày %2</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <extracomment>The criteria set of an evaluation: %1 its title, %2 its version number</extracomment>
        <translation>%1, phiên bản %2</translation>
    </message>
    <message>
        <source>%1 (self-assessed, not verified yet)</source>
        <translation>%1 (tự đánh giá, chưa xác minh)</translation>
    </message>
    <message>
        <source>%1 (nothing declared yet)</source>
        <translation>%1 (chưa tự khai)</translation>
    </message>
</context>
<context>
    <name>kh::app::EvaluationListModel</name>
    <message>
        <source>%1 points</source>
        <translation>%1 điểm</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recognised under decision %1</source>
        <extracomment>Shown after recognising many at once, with an Undo button</extracomment>
        <translation>
            <numerusform>Đã công nhận %Ln trường hợp theo quyết định %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s)</source>
        <translation>
            <numerusform>%Ln hộ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clan(s)</source>
        <translation>
            <numerusform>%Ln dòng họ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln người</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation(s)</source>
        <translation>
            <numerusform>%Ln trường hợp</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kh::app::Fields</name>
    <message>
        <source>Family name of the head</source>
        <translation>Họ của chủ hộ</translation>
    </message>
    <message>
        <source>Middle name of the head</source>
        <translation>Tên đệm của chủ hộ</translation>
    </message>
    <message>
        <source>Given name of the head</source>
        <translation>Tên của chủ hộ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tên đệm</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>Trình độ học vấn</translation>
    </message>
    <message>
        <source>Studying now</source>
        <translation>Đang đi học</translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation>Biết chữ</translation>
    </message>
    <message>
        <source>Learning activities</source>
        <translation>Hoạt động học tập</translation>
    </message>
    <message>
        <source>Citizen ID (CCCD)</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Head of the clan</source>
        <translation>Trưởng họ</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(để trống)</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(không đọc được)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>kh::app::FundController</name>
    <message>
        <source>Balance on 1 January</source>
        <translation>Số dư ngày 1 tháng 1</translation>
    </message>
    <message>
        <source>Received this year</source>
        <translation>Thu trong năm</translation>
    </message>
    <message>
        <source>Paid out this year</source>
        <translation>Chi trong năm</translation>
    </message>
    <message>
        <source>Outside any programme</source>
        <translation>Ngoài chương trình</translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s)</source>
        <translation>
            <numerusform>%Ln suất</numerusform>
        </translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation>Đã duyệt %1</translation>
    </message>
    <message>
        <source>Choose the fund first.</source>
        <translation>Hãy chọn quỹ trước.</translation>
    </message>
    <message>
        <source>Enter the amount in đồng, for example 200.000.</source>
        <translation>Nhập số tiền bằng đồng, ví dụ 200.000.</translation>
    </message>
    <message>
        <source>Enter who gives.</source>
        <translation>Nhập tên người ủng hộ.</translation>
    </message>
    <message>
        <source>Say which goods were given.</source>
        <translation>Ghi rõ hiện vật ủng hộ.</translation>
    </message>
    <message>
        <source>%1 per award</source>
        <translation>%1 mỗi suất</translation>
    </message>
    <message>
        <source>Paid, voucher %1</source>
        <translation>Đã chi, phiếu %1</translation>
    </message>
    <message>
        <source>Approved, to be paid</source>
        <translation>Đã duyệt, chờ chi</translation>
    </message>
    <message>
        <source>Proposed, awaiting approval</source>
        <translation>Đã đề xuất, chờ duyệt</translation>
    </message>
    <message>
        <source>Enter the day as dd/mm/yyyy, for example %1.</source>
        <translation>Nhập ngày theo dạng ngày/tháng/năm, ví dụ %1.</translation>
    </message>
    <message>
        <source>The books close on a day that has passed, not a future one.</source>
        <translation>Chỉ khóa sổ đến một ngày đã qua, không khóa ngày trong tương lai.</translation>
    </message>
    <message>
        <source>The register has no one new for this programme.</source>
        <translation>Sổ hộ không có em nào mới cho chương trình này.</translation>
    </message>
    <message>
        <source>The receipt is not on this phone.</source>
        <translation>Phiếu thu không có trên máy này.</translation>
    </message>
    <message>
        <source>Could not save the receipt (%1).</source>
        <translation>Không lưu được phiếu thu (%1).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Receipts awaiting approval</source>
        <translation>Phiếu thu chờ duyệt</translation>
    </message>
    <message>
        <source>Awards awaiting approval</source>
        <translation>Suất đề xuất chờ duyệt</translation>
    </message>
    <message>
        <source>Goods received (value)</source>
        <translation>Hiện vật nhận (quy ra tiền)</translation>
    </message>
    <message>
        <source>Goods given (value)</source>
        <translation>Hiện vật trao (quy ra tiền)</translation>
    </message>
    <message>
        <source>Receipt %1 · %2 · %3</source>
        <translation>Phiếu thu %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Đã chi</translation>
    </message>
    <message>
        <source>Numbered %1</source>
        <translation>Số chính thức %1</translation>
    </message>
    <message>
        <source>decision %1</source>
        <translation>quyết định %1</translation>
    </message>
    <message>
        <source>Payment %1 · %2 · %3</source>
        <translation>Phiếu chi %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Say why the entry is cancelled.</source>
        <translation>Hãy ghi lý do hủy phiếu.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Đã hủy: %1</translation>
    </message>
    <message>
        <source>%1 (anonymous on public lists)</source>
        <translation>%1 (giấu tên khi niêm yết)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln year(s) old</source>
        <translation>
            <numerusform>%1, %Ln tuổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>và %Ln em khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Declined: %1 (%2)</source>
        <extracomment>%1: the commune&apos;s reason; %2: a day, dd/mm/yyyy</extracomment>
        <translation>Không duyệt: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>gave %Ln time(s)</source>
        <translation>
            <numerusform>đã góp %Ln lần</numerusform>
        </translation>
    </message>
    <message>
        <source>That giver is not in this phone&apos;s books any more: type the name again.</source>
        <translation>Người góp này không còn trong sổ trên máy: hãy nhập lại tên.</translation>
    </message>
    <message>
        <source>Enter the giver&apos;s full name, as it goes on the receipt.</source>
        <translation>Nhập đầy đủ tên người góp, như ghi trên phiếu thu.</translation>
    </message>
</context>
<context>
    <name>kh::app::HouseholdForm</name>
    <message>
        <source>Too long: at most %1 characters</source>
        <translation>Quá dài: tối đa %1 ký tự</translation>
    </message>
    <message>
        <source>Choose the village</source>
        <translation>Chọn thôn</translation>
    </message>
    <message>
        <source>Enter the given name of the head of household</source>
        <translation>Nhập tên của chủ hộ</translation>
    </message>
    <message>
        <source>Not a Vietnamese phone number: 10 digits starting with 03, 05, 07, 08 or 09</source>
        <translation>Không phải số điện thoại Việt Nam: 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09</translation>
    </message>
    <message>
        <source>Household %1 deleted</source>
        <extracomment>Shown after deleting a household, with an Undo button</extracomment>
        <translation>Đã xóa hộ %1</translation>
    </message>
</context>
<context>
    <name>kh::app::Labels</name>
    <message>
        <source>Not given</source>
        <extracomment>Literacy levels of Vietnam&apos;s literacy programme (mức độ 1 = grade 3 equivalent)
----------
A household&apos;s place on the commune&apos;s poverty list (danh sách hộ nghèo, hộ cận nghèo) this year
----------
Kinds of village-level places: thôn, ấp, bản, buôn, tổ dân phố</extracomment>
        <translation>Chưa rõ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Vợ/chồng</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Cha/mẹ</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Cháu</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Ông/bà</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Anh/chị/em</translation>
    </message>
    <message>
        <source>Son- or daughter-in-law</source>
        <translation>Con dâu/con rể</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>No schooling</source>
        <translation>Chưa đi học</translation>
    </message>
    <message>
        <source>Preschool</source>
        <translation>Mầm non</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Tiểu học</translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation>Trung học cơ sở</translation>
    </message>
    <message>
        <source>Upper secondary</source>
        <translation>Trung học phổ thông</translation>
    </message>
    <message>
        <source>Vocational</source>
        <translation>Trung cấp, cao đẳng nghề</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Đại học</translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation>Sau đại học</translation>
    </message>
    <message>
        <source>Cannot read and write</source>
        <translation>Chưa biết chữ</translation>
    </message>
    <message>
        <source>Literate, level 1</source>
        <translation>Biết chữ mức độ 1</translation>
    </message>
    <message>
        <source>Literate, level 2</source>
        <translation>Biết chữ mức độ 2</translation>
    </message>
    <message>
        <source>Village (thôn)</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <source>Hamlet (ấp)</source>
        <translation>Ấp</translation>
    </message>
    <message>
        <source>Mountain village (bản)</source>
        <translation>Bản</translation>
    </message>
    <message>
        <source>Highland village (buôn)</source>
        <translation>Buôn</translation>
    </message>
    <message>
        <source>Residential group</source>
        <translation>Tổ dân phố</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Chưa đăng ký</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Self-declared</source>
        <translation>Đã tự đánh giá</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Đã xác minh</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Được công nhận</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Không được công nhận</translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <extracomment>The household filled its self-assessment; an officer has not verified it yet</extracomment>
        <translation>Chờ xác minh</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Village officer</source>
        <translation>Cán bộ thôn</translation>
    </message>
    <message>
        <source>Commune staff</source>
        <translation>Cán bộ xã</translation>
    </message>
    <message>
        <source>Provincial staff</source>
        <translation>Cán bộ tỉnh</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>Not sent</source>
        <extracomment>A record changed on this phone, not yet on the server</extracomment>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <source>Conflict</source>
        <extracomment>Two people changed the same field: someone must choose</extracomment>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Refused</source>
        <extracomment>The server did not accept the change</extracomment>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Not on the list</source>
        <translation>Không thuộc danh sách</translation>
    </message>
    <message>
        <source>Near-poor household</source>
        <translation>Hộ cận nghèo</translation>
    </message>
    <message>
        <source>Poor household</source>
        <translation>Hộ nghèo</translation>
    </message>
    <message>
        <source>Clan %1</source>
        <translation>Dòng họ %1</translation>
    </message>
    <message>
        <source>Village %1</source>
        <translation>Thôn %1</translation>
    </message>
    <message>
        <source>met</source>
        <extracomment>A criteria item answered from the household&apos;s members: the item is met</extracomment>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not met yet</source>
        <extracomment>A criteria item answered from the household&apos;s members: the item is not met</extracomment>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>No children of compulsory-school age (6–14) — %1</source>
        <translation>Không có trẻ trong độ tuổi phổ cập (6–14 tuổi) — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) of school age, all at school — %1</source>
        <translation>
            <numerusform>%n trẻ trong độ tuổi đi học, cả %n đang đi học — %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) of school age, %1 at school — %2</source>
        <translation>
            <numerusform>%n trẻ trong độ tuổi đi học, %1 đang đi học — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody aged 19–60 — %1</source>
        <translation>Không có người 19–60 tuổi — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) aged 19–60, literacy not recorded for %1</source>
        <translation>
            <numerusform>%n người 19–60 tuổi, chưa ghi mức biết chữ của %1 người</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) aged 19–60, %1 literate — %2</source>
        <translation>
            <numerusform>%n người 19–60 tuổi, %1 biết chữ — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) aged 19–60, %1 learning something this year — %2</source>
        <translation>
            <numerusform>%n người 19–60 tuổi, %1 có hoạt động học tập trong năm — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <source>%1/%2 households are learning families (%3%, %4% needed) — %5</source>
        <translation>%1/%2 hộ là Gia đình học tập (%3%, cần %4%) — %5</translation>
    </message>
    <message>
        <source>%1/%2 members are learning citizens (%3%, %4% needed) — %5</source>
        <translation>%1/%2 thành viên là Công dân học tập (%3%, cần %4%) — %5</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Clan</source>
        <translation>Dòng họ</translation>
    </message>
    <message>
        <source>Organisation or association</source>
        <translation>Tổ chức, đoàn thể</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Agency or school</source>
        <translation>Cơ quan, trường học</translation>
    </message>
    <message>
        <source>Orphan</source>
        <translation>Mồ côi</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Khuyết tật</translation>
    </message>
    <message>
        <source>Ethnic minority</source>
        <translation>Dân tộc thiểu số</translation>
    </message>
    <message>
        <source>Good student</source>
        <translation>Học sinh giỏi</translation>
    </message>
    <message>
        <source>Good teacher</source>
        <translation>Giáo viên giỏi</translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation>Hoàn cảnh khó khăn</translation>
    </message>
    <message numerus="yes">
        <source>Not every item assessed yet (%Ln left)</source>
        <translation>
            <numerusform>Chưa đánh giá đủ các mục (còn %Ln mục)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points in all, at least %2 needed</source>
        <extracomment>%1: the points; %2: the minimum total</extracomment>
        <translation>Tổng %1 điểm, cần ít nhất %2</translation>
    </message>
    <message>
        <source>Item %1: %2 points, below %3</source>
        <extracomment>%1: an item&apos;s number (&quot;2.2&quot;); %2: its points; %3: the minimum per item</extracomment>
        <translation>Chỉ số %1: %2 điểm, dưới %3 điểm</translation>
    </message>
    <message>
        <source>Required item %1 not met</source>
        <translation>Mục bắt buộc %1 chưa đạt</translation>
    </message>
    <message>
        <source>Item %1 not met</source>
        <translation>Mục %1 chưa đạt</translation>
    </message>
    <message>
        <source>Not every criterion of level 1 met</source>
        <translation>Chưa đạt mọi chỉ tiêu của mức 1</translation>
    </message>
    <message>
        <source>The criteria set has no rule to pass by</source>
        <translation>Bộ tiêu chí chưa có cách tính đạt</translation>
    </message>
</context>
<context>
    <name>kh::app::MemberForm</name>
    <message>
        <source>Enter the given name</source>
        <translation>Nhập tên</translation>
    </message>
    <message>
        <source>Birth year must be a year between 1900 and %1</source>
        <translation>Năm sinh phải từ 1900 đến %1</translation>
    </message>
    <message>
        <source>A citizen ID (CCCD) has 12 digits and matches the birth year</source>
        <translation>Số CCCD gồm 12 chữ số và phải khớp với năm sinh</translation>
    </message>
    <message>
        <source>At most 100 activities</source>
        <translation>Tối đa 100 hoạt động</translation>
    </message>
    <message>
        <source>The member must belong to a household</source>
        <translation>Thành viên phải thuộc một hộ</translation>
    </message>
    <message>
        <source>%1 removed from the household</source>
        <extracomment>Shown after removing a member, with an Undo button</extracomment>
        <translation>Đã xóa %1 khỏi hộ</translation>
    </message>
</context>
<context>
    <name>kh::app::MemberListModel</name>
    <message>
        <source>studying now</source>
        <translation>đang đi học</translation>
    </message>
</context>
<context>
    <name>kh::app::PendingListModel</name>
    <message>
        <source>Household %1</source>
        <translation>Hộ %1</translation>
    </message>
    <message>
        <source>Member of household %1</source>
        <translation>Thành viên hộ %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>A model&apos;s evaluation of one subject: &quot;Gia đình học tập 2026: Nguyễn Văn Hùng&quot;</extracomment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Your choice in a conflict</source>
        <translation>Lựa chọn của bạn trong một xung đột</translation>
    </message>
    <message>
        <source>Deleted on this phone</source>
        <translation>Đã xóa trên máy này</translation>
    </message>
    <message>
        <source>Household %1 in %2</source>
        <extracomment>%1 a household, %2 its clan as a clan is named in lists (&quot;Họ Nguyễn&quot;, &quot;Clan Nguyễn&quot;)</extracomment>
        <translation>Hộ %1 trong %2</translation>
    </message>
</context>
<context>
    <name>kh::app::Profiles</name>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Hãy nhập tên đăng nhập và mật khẩu.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %Ln minute(s).</source>
        <translation>
            <numerusform>Nhập sai mật khẩu quá nhiều lần. Hãy thử lại sau %Ln phút.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the server. The first login needs the network; try where the signal is better.</source>
        <translation>Không kết nối được máy chủ. Lần đăng nhập đầu cần có mạng; hãy thử ở nơi sóng tốt hơn.</translation>
    </message>
    <message>
        <source>The server could not log you in (%1).</source>
        <translation>Máy chủ không đăng nhập được cho bạn (%1).</translation>
    </message>
    <message>
        <source>The PIN is 4 to 8 digits.</source>
        <translation>Mã PIN gồm 4 đến 8 chữ số.</translation>
    </message>
    <message>
        <source>Choose a PIN that is not one digit repeated.</source>
        <translation>Hãy chọn mã PIN không phải một chữ số lặp lại.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Hai mã PIN khác nhau. Hãy nhập cùng một mã hai lần.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %Ln second(s).</source>
        <translation>
            <numerusform>Nhập sai mã PIN quá nhiều lần. Hãy chờ %Ln giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in with your password (this needs the network).</source>
        <translation>Hãy đăng nhập bằng mật khẩu (cần có mạng).</translation>
    </message>
    <message>
        <source>Too many wrong PINs: log in again with your password. Your data is still on this phone.</source>
        <translation>Nhập sai mã PIN quá nhiều lần: hãy đăng nhập lại bằng mật khẩu. Dữ liệu của bạn vẫn còn trên máy.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Wait %Ln second(s) before the next try.</source>
        <translation>
            <numerusform>Sai mã PIN. Hãy chờ %Ln giây rồi thử lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Sai mã PIN.</translation>
    </message>
    <message>
        <source>The commune staff revoked this phone for %1. Their data has been removed from this phone.</source>
        <translation>Cán bộ xã đã thu hồi quyền của %1 trên máy này. Dữ liệu của người đó đã được xóa khỏi máy.</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is disabled (ask the commune staff).</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đã bị khóa (hãy hỏi cán bộ xã).</translation>
    </message>
    <message>
        <source>The data on this phone belongs to another account. Use “Add a user” to log in with this one.</source>
        <translation>Dữ liệu trên máy này thuộc về một tài khoản khác. Hãy dùng “Thêm người dùng” để đăng nhập tài khoản này.</translation>
    </message>
</context>
<context>
    <name>kh::app::RollupController</name>
    <message>
        <source>target %1%</source>
        <translation>chỉ tiêu %1%</translation>
    </message>
    <message>
        <source>national target %1% · province %2%</source>
        <translation>chỉ tiêu quốc gia %1% · tỉnh %2%</translation>
    </message>
</context>
<context>
    <name>kh::app::SavedFiles</name>
    <message>
        <source>Saved as %1 in the Documents folder</source>
        <extracomment>%1: the file&apos;s name, e.g. bao-cao-hoc-tap-2026.pdf</extracomment>
        <translation>Đã lưu thành tệp %1 trong thư mục Tài liệu (Documents)</translation>
    </message>
    <message>
        <source>Saved as %1 in the app&apos;s folder</source>
        <translation>Đã lưu thành tệp %1 trong thư mục của ứng dụng</translation>
    </message>
</context>
<context>
    <name>kh::app::SelfAssessment</name>
    <message>
        <source>An officer has already verified this year&apos;s assessment; it can no longer be changed here.</source>
        <translation>Cán bộ đã xác minh kết quả năm nay; không thể sửa ở đây nữa.</translation>
    </message>
    <message>
        <source>Answer every item first (%1 of %2 answered).</source>
        <translation>Hãy trả lời hết các câu (đã trả lời %1 / %2).</translation>
    </message>
</context>
<context>
    <name>kh::app::SyncController</name>
    <message>
        <source>Never synced</source>
        <translation>Chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <source>Synced today at %1</source>
        <translation>Đồng bộ lúc %1 hôm nay</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Đồng bộ lúc %1</translation>
    </message>
    <message>
        <source>Sending: %1 of %2</source>
        <translation>Đang gửi: %1 / %2</translation>
    </message>
    <message>
        <source>Receiving: %1 records</source>
        <translation>Đang nhận: %1 bản ghi</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Đang kết nối máy chủ…</translation>
    </message>
    <message>
        <source>No server address yet</source>
        <translation>Chưa có địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Không kết nối được máy chủ</translation>
    </message>
    <message>
        <source>The network is too slow, the sync stopped</source>
        <translation>Mạng quá chậm, đồng bộ bị dừng</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>Máy chủ từ chối yêu cầu</translation>
    </message>
    <message>
        <source>The server has a problem</source>
        <translation>Máy chủ đang gặp sự cố</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read</source>
        <translation>Không đọc được trả lời của máy chủ</translation>
    </message>
    <message>
        <source>The phone&apos;s storage is full</source>
        <translation>Bộ nhớ máy đã đầy</translation>
    </message>
    <message>
        <source>Some changes were refused by the server</source>
        <translation>Một số thay đổi bị máy chủ từ chối</translation>
    </message>
    <message>
        <source>Enter the server address in Settings, then sync again.</source>
        <translation>Nhập địa chỉ máy chủ trong Cài đặt rồi đồng bộ lại.</translation>
    </message>
    <message>
        <source>Check the mobile signal or Wi-Fi. Your work is safe on this phone and will be sent automatically when the network is back.</source>
        <translation>Kiểm tra sóng điện thoại hoặc Wi-Fi. Dữ liệu vẫn an toàn trên máy và sẽ tự gửi khi có mạng trở lại.</translation>
    </message>
    <message>
        <source>Try again where the signal is better. What already reached the server is kept; the next sync continues from there.</source>
        <translation>Hãy thử lại ở nơi sóng tốt hơn. Phần đã gửi được máy chủ giữ lại; lần sau sẽ gửi tiếp.</translation>
    </message>
    <message>
        <source>Check the server address in Settings. If it is right, tell the commune staff.</source>
        <translation>Kiểm tra địa chỉ máy chủ trong Cài đặt. Nếu địa chỉ đúng, hãy báo cán bộ xã.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps failing, tell the commune staff.</source>
        <translation>Thử lại sau ít phút. Nếu vẫn lỗi, hãy báo cán bộ xã.</translation>
    </message>
    <message>
        <source>The server address may be wrong, or a Wi-Fi login page got in the way. Check the address in Settings.</source>
        <translation>Có thể địa chỉ máy chủ sai, hoặc Wi-Fi đang đòi đăng nhập. Kiểm tra địa chỉ trong Cài đặt.</translation>
    </message>
    <message>
        <source>The refused changes stay on this phone. See the list below and correct them, or tell the commune staff.</source>
        <translation>Các thay đổi bị từ chối vẫn nằm trên máy. Xem danh sách bên dưới để sửa, hoặc báo cán bộ xã.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln received</source>
        <translation>
            <numerusform>%Ln đã nhận</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln bị từ chối</numerusform>
        </translation>
    </message>
    <message>
        <source>Some information is not valid</source>
        <translation>Có thông tin không hợp lệ</translation>
    </message>
    <message>
        <source>The phone&apos;s clock is wrong; the change is sent again with the right time</source>
        <translation>Đồng hồ của máy bị sai; thay đổi sẽ được gửi lại với giờ đúng</translation>
    </message>
    <message>
        <source>It refers to a village or household the server does not have (deleted elsewhere?)</source>
        <translation>Thay đổi nhắc tới thôn hoặc hộ mà máy chủ không có (có thể đã bị xóa ở máy khác?)</translation>
    </message>
    <message>
        <source>This information can only be changed by the commune or the server</source>
        <translation>Thông tin này chỉ xã hoặc máy chủ được thay đổi</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Bị máy chủ từ chối</translation>
    </message>
    <message>
        <source>Your account may not make this change</source>
        <translation>Tài khoản của bạn không được thực hiện thay đổi này</translation>
    </message>
    <message>
        <source>Log in again to send your work</source>
        <translation>Đăng nhập lại để gửi dữ liệu</translation>
    </message>
    <message>
        <source>This phone&apos;s access was revoked</source>
        <translation>Quyền truy cập của máy này đã bị thu hồi</translation>
    </message>
    <message>
        <source>Your account may not see this area</source>
        <translation>Tài khoản của bạn không được xem địa bàn này</translation>
    </message>
    <message>
        <source>Your login has expired. Your work is safe on this phone; log in again with your password when there is a network, and it will be sent.</source>
        <translation>Phiên đăng nhập đã hết hạn. Dữ liệu vẫn an toàn trên máy; khi có mạng, hãy đăng nhập lại bằng mật khẩu để gửi đi.</translation>
    </message>
    <message>
        <source>The commune staff revoked this phone for your account. Your data has been removed from it; ask them for access again.</source>
        <translation>Cán bộ xã đã thu hồi quyền của tài khoản bạn trên máy này. Dữ liệu đã được xóa khỏi máy; hãy đề nghị cấp lại quyền.</translation>
    </message>
    <message>
        <source>Ask the commune staff to give your account this area.</source>
        <translation>Hãy đề nghị cán bộ xã cấp địa bàn này cho tài khoản của bạn.</translation>
    </message>
    <message>
        <source>You stopped the sync</source>
        <translation>Bạn đã dừng đồng bộ</translation>
    </message>
    <message>
        <source>What already reached the server is kept. The rest waits on this phone; sync again when you want.</source>
        <translation>Những gì đã tới máy chủ được giữ lại. Phần còn lại chờ trên máy này; hãy đồng bộ lại khi bạn muốn.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) sent</source>
        <translation>
            <numerusform>%Ln hồ sơ đã gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving %1 of %Ln record(s) (%2%)</source>
        <comment>sync progress</comment>
        <extracomment>While a sync downloads records: received so far, of how many in all, and the percentage. &quot;Receiving 12,000 of 50,000 records (24%)&quot;</extracomment>
        <translation>
            <numerusform>Đang tải %1 / %Ln bản ghi (%2%)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete some photos, videos or apps you do not need, then sync again. Nothing has been lost: what was already received stays on this phone, and the next sync continues from there.</source>
        <translation>Xóa bớt ảnh, video hoặc ứng dụng không cần rồi đồng bộ lại. Không mất dữ liệu nào: những gì đã tải về vẫn nằm trên máy, và lần đồng bộ sau sẽ tải tiếp từ đó.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new conflict(s)</source>
        <translation>
            <numerusform>%Ln xung đột mới</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kh::app::UserMessage</name>
    <message>
        <source>This evaluation no longer exists on this phone.</source>
        <translation>Bản đánh giá này không còn trên máy.</translation>
    </message>
    <message>
        <source>The result has been decided. Reopen it first to change anything.</source>
        <translation>Kết quả đã có quyết định. Hãy mở lại trước khi sửa.</translation>
    </message>
    <message>
        <source>This phone does not have the criteria set yet: sync first.</source>
        <translation>Máy chưa có bộ tiêu chí này: hãy đồng bộ trước.</translation>
    </message>
    <message>
        <source>Not registered for this year: register first.</source>
        <translation>Chưa đăng ký năm nay: hãy đăng ký trước.</translation>
    </message>
    <message>
        <source>Already verified: the self-assessment can no longer change.</source>
        <translation>Đã xác minh: không thể sửa bản tự đánh giá nữa.</translation>
    </message>
    <message>
        <source>This item is not in the criteria set.</source>
        <translation>Mục này không có trong bộ tiêu chí.</translation>
    </message>
    <message>
        <source>More points than the item allows.</source>
        <translation>Số điểm vượt quá điểm tối đa của mục.</translation>
    </message>
    <message>
        <source>Nothing to verify: the self-assessment has not been sent yet.</source>
        <translation>Chưa có gì để xác minh: bản tự đánh giá chưa được gửi.</translation>
    </message>
    <message>
        <source>You filled in this self-assessment on this phone: another officer must verify it.</source>
        <translation>Bạn đã điền bản tự đánh giá này trên máy này: cán bộ khác phải xác minh.</translation>
    </message>
    <message>
        <source>Verify every item first.</source>
        <translation>Hãy xác minh hết các mục trước.</translation>
    </message>
    <message>
        <source>Not verified yet: an officer verifies before the commune decides.</source>
        <translation>Chưa xác minh: cán bộ xác minh trước khi xã quyết định.</translation>
    </message>
    <message>
        <source>The verified result does not pass: it cannot be recognised as achieved.</source>
        <translation>Kết quả xác minh chưa đạt: không thể công nhận.</translation>
    </message>
    <message>
        <source>Enter the decision number.</source>
        <translation>Hãy nhập số quyết định.</translation>
    </message>
    <message>
        <source>Nothing to reopen: no decision yet.</source>
        <translation>Chưa có quyết định nên không cần mở lại.</translation>
    </message>
    <message>
        <source>Say why it is reopened.</source>
        <translation>Hãy ghi lý do mở lại.</translation>
    </message>
    <message>
        <source>That criteria set does not apply here.</source>
        <translation>Bộ tiêu chí đó không áp dụng ở đây.</translation>
    </message>
    <message>
        <source>Your account may not take this decision: the commune staff decide.</source>
        <translation>Tài khoản của bạn không được ra quyết định này: cán bộ xã quyết định.</translation>
    </message>
    <message>
        <source>The phone&apos;s storage is full: the data cannot be opened. Free some space and try again.</source>
        <translation>Bộ nhớ điện thoại đã đầy: không mở được dữ liệu. Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The phone&apos;s storage is full: nothing was saved. Free some space and try again.</source>
        <translation>Bộ nhớ máy đã đầy: chưa lưu được gì. Hãy giải phóng bộ nhớ rồi thử lại.</translation>
    </message>
    <message>
        <source>Could not delete (%1).</source>
        <translation>Không xóa được (%1).</translation>
    </message>
    <message>
        <source>Could not resolve the conflict (%1).</source>
        <translation>Không xử lý được xung đột (%1).</translation>
    </message>
    <message>
        <source>Cannot open the data on this phone (%1).</source>
        <translation>Không mở được dữ liệu trên máy (%1).</translation>
    </message>
    <message>
        <source>Could not save (%1).</source>
        <translation>Không lưu được (%1).</translation>
    </message>
    <message>
        <source>The fund&apos;s books are closed through %1: nothing dated on or before it can be recorded. Ask the commune&apos;s association.</source>
        <translation>Sổ quỹ đã khóa đến ngày %1: không ghi được phiếu đề ngày đó hoặc trước đó. Hãy hỏi Hội Khuyến học xã.</translation>
    </message>
    <message>
        <source>A receipt or payment is never changed or deleted: cancel it with a reason and record it again.</source>
        <translation>Phiếu thu, phiếu chi không bao giờ được sửa hay xóa: hãy hủy phiếu, ghi rõ lý do, rồi lập phiếu mới.</translation>
    </message>
    <message>
        <source>It is approved already.</source>
        <translation>Phiếu đã được duyệt rồi.</translation>
    </message>
    <message>
        <source>It is cancelled already.</source>
        <translation>Phiếu đã được hủy rồi.</translation>
    </message>
    <message>
        <source>Your account may not do this: the commune&apos;s association does.</source>
        <translation>Tài khoản của bạn không làm được việc này: việc này do Hội Khuyến học xã làm.</translation>
    </message>
    <message>
        <source>The award is not approved yet: the commune approves it before it is paid.</source>
        <translation>Suất này chưa được xã duyệt: xã duyệt rồi mới chi.</translation>
    </message>
    <message>
        <source>The award is paid already.</source>
        <translation>Suất này đã được chi rồi.</translation>
    </message>
    <message>
        <source>That official number is already on voucher %1 of this fund.</source>
        <translation>Số chính thức này đã dùng cho phiếu %1 của quỹ.</translation>
    </message>
    <message>
        <source>The commune declined this award: it is not approved or paid.</source>
        <translation>Xã đã không duyệt suất này: suất này sẽ không được chi.</translation>
    </message>
</context>
<context>
    <name>kh::app::VillageForm</name>
    <message>
        <source>Enter the village&apos;s name</source>
        <translation>Nhập tên thôn</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters</source>
        <translation>Quá dài: tối đa %1 ký tự</translation>
    </message>
    <message>
        <source>Choose the commune</source>
        <translation>Chọn xã</translation>
    </message>
</context>
<context>
    <name>kh::app::VillageListModel</name>
    <message>
        <source>All villages</source>
        <translation>Tất cả các thôn</translation>
    </message>
</context>
<context>
    <name>kh::app::Workspace</name>
    <message>
        <source>Enter the server address, for example http://192.168.1.10:8080</source>
        <translation>Nhập địa chỉ máy chủ, ví dụ http://192.168.1.10:8080</translation>
    </message>
    <message>
        <source>This is not a server address. It looks like http://192.168.1.10:8080</source>
        <translation>Đây không phải địa chỉ máy chủ. Địa chỉ có dạng http://192.168.1.10:8080</translation>
    </message>
    <message>
        <source>Choose at least one commune you work in.</source>
        <translation>Chọn ít nhất một xã bạn phụ trách.</translation>
    </message>
    <message>
        <source>Unknown commune code %1.</source>
        <translation>Không có xã mã %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Your area (its name arrives with the first sync)</source>
        <translation>Khu vực của bạn (tên sẽ có sau lần đồng bộ đầu tiên)</translation>
    </message>
</context>
</TS>
