// Vietnamese text rules: NFC, diacritic-free folding (đ ≈ d), name splitting, phone and CCCD formats.
#include "core/text/text.h"

#include <QTest>

using namespace kh;

class TestText : public QObject {
    Q_OBJECT
private slots:
    void nfcFromNfd()
    {
        const QString nfd = QString::fromUtf8("Nguye\xcc\x82\xcc\x83n"); // e + combining circumflex + tilde
        QCOMPARE(nfd.size(), 8);
        const QString clean = cleanText(nfd);
        QCOMPARE(clean.size(), 6);
        QCOMPARE(clean, QStringLiteral("Nguyễn"));
        QCOMPARE(cleanText(QStringLiteral("  Trần \t  Thị   Lan ")), QStringLiteral("Trần Thị Lan"));
        QCOMPARE(cleanText(QString(QChar(0x00D0)) + QStringLiteral("ức")), QStringLiteral("Đức"));
    }
    void foldIgnoresDiacriticsAndCase()
    {
        QCOMPARE(foldForSearch(QStringLiteral("Nguyễn Văn Hùng")), QStringLiteral("nguyen van hung"));
        QCOMPARE(foldForSearch(QStringLiteral("Đặng Thị Đào")), QStringLiteral("dang thi dao"));
        QCOMPARE(foldForSearch(QString(QChar(0x00D0)) + QStringLiteral("ỗ")), QStringLiteral("do"));
        // Old and new tone placement fold to the same text.
        QCOMPARE(foldForSearch(QStringLiteral("Hoà")), foldForSearch(QStringLiteral("Hòa")));
        QCOMPARE(foldForSearch(QStringLiteral("Thuỷ")), foldForSearch(QStringLiteral("Thủy")));
        QCOMPARE(foldForSearch(QString::fromUtf8("Nguye\xcc\x82\xcc\x83n")), QStringLiteral("nguyen"));
    }
    void utf8FoldMatchesQStringFold()
    {
        for (const char *s : {"Nguyễn Văn Hùng", "  Đặng   Thị  Đào ", "Hoà Thuỷ", "Số 12, xóm 3", "0912345678",
                              "Nguye\xcc\x82\xcc\x83n", "\xc3\x90\xe1\xbb\x97", "ĂÂÊÔƠƯ ăâêôơư"}) {
            std::string out;
            appendFoldedUtf8(s, &out);
            while (!out.empty() && out.back() == ' ') out.pop_back();
            QCOMPARE(QString::fromStdString(out), foldForSearch(QString::fromUtf8(s)));
        }
    }
    void splitNames()
    {
        auto n = splitFullName(QStringLiteral("Nguyễn Văn Hùng"));
        QCOMPARE(n.family, QStringLiteral("Nguyễn"));
        QCOMPARE(n.middle, QStringLiteral("Văn"));
        QCOMPARE(n.given, QStringLiteral("Hùng"));
        n = splitFullName(QStringLiteral("Lê Thị Thu Hà"));
        QCOMPARE(n.middle, QStringLiteral("Thị Thu"));
        n = splitFullName(QStringLiteral("Hùng"));
        QCOMPARE(n.given, QStringLiteral("Hùng"));
        QVERIFY(n.family.isEmpty());
        QCOMPARE(joinName(QStringLiteral("Hoàng Phủ"), QString(), QStringLiteral("Bình Minh")),
                 QStringLiteral("Hoàng Phủ Bình Minh"));
    }
    void phones_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << "0912345678"
                               << "0912345678";
        QTest::newRow("spaces") << "091 234 5678"
                                << "0912345678";
        QTest::newRow("+84") << "+84 912 345 678"
                             << "0912345678";
        QTest::newRow("old 0168") << "01681234567"
                                  << "0381234567";
        QTest::newRow("old 0123") << "01231234567"
                                  << "0831234567";
        QTest::newRow("old 0199") << "01991234567"
                                  << "0591234567";
        QTest::newRow("landline") << "02633123456"
                                  << "02633123456";
        QTest::newRow("bad prefix") << "0112345678"
                                    << "";
        QTest::newRow("short") << "091234567"
                               << "";
        QTest::newRow("letters") << "09123abc78"
                                 << "";
        QTest::newRow("foreign") << "+1 555 123 4567"
                                 << "";
    }
    void phones()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QString why;
        const auto p = normalizePhone(in, &why);
        if (out.isEmpty()) {
            QVERIFY(!p);
            QVERIFY(!why.isEmpty());
        } else {
            QVERIFY2(p, qPrintable(why));
            QCOMPARE(*p, out);
        }
    }
    void cccd()
    {
        QString why;
        QVERIFY(validCccd(QStringLiteral("068075123456"), 1975, &why));
        QVERIFY(validCccd(QStringLiteral("001305123456"), 2005, &why));
        QVERIFY(!validCccd(QStringLiteral("068075123456"), 1976, &why));
        QVERIFY(why.contains(QStringLiteral("1975")));
        QVERIFY(!validCccd(QStringLiteral("06807512345"), 0, &why));
        QVERIFY(!validCccd(QStringLiteral("06807512345a"), 0, &why));
        QVERIFY(!validCccd(QStringLiteral("068575123456"), 0, &why)); // century digit 5
    }
    void utf8Validation()
    {
        QVERIFY(isValidUtf8(QByteArray("Nguy\xe1\xbb\x85n")));
        QVERIFY(!isValidUtf8(QByteArray("\xff\xfe")));
        QVERIFY(!isValidUtf8(QByteArray("\xc0\xaf")));     // overlong '/'
        QVERIFY(!isValidUtf8(QByteArray("\xed\xa0\x80"))); // surrogate
        QVERIFY(!isValidUtf8(QByteArray("Nguy\xe1\xbb"))); // truncated
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
