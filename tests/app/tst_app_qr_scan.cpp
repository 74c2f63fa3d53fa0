// The login page's QR scan: khuyenhoc-server prints its address as a QR code (libqrencode, as here), the
// phone's camera frames go through QrScanner (zxing-cpp), and the scan page hands the address back. Frames are
// pictures made here: the test machine has no camera.
#include "phone.h"
#include "qr_scanner.h"

#include <QGuiApplication>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTransform>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <QtQml/QQmlExtensionPlugin>
#include <memory>
#include <qrencode.h>

Q_IMPORT_QML_PLUGIN(KhuyenHocPlugin)

using namespace kh;
using namespace kh::app;

namespace {

// A QR code as a camera would see it on a screen: `module` pixels per module, a grey surround, turned by
// `degrees`, in a picture of `size`.
QImage photo(const QByteArray &text, int module = 6, qreal degrees = 0, QSize size = {640, 480})
{
    std::unique_ptr<QRcode, void (*)(QRcode *)> code(QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M),
                                                     &QRcode_free);
    if (!code) return {};
    const int w = code->width, quiet = 4;
    QImage qr((w + 2 * quiet) * module, (w + 2 * quiet) * module, QImage::Format_RGB32);
    qr.fill(Qt::white);
    QPainter p(&qr);
    for (int y = 0; y < w; ++y)
        for (int x = 0; x < w; ++x)
            if (code->data[y * w + x] & 1)
                p.fillRect((x + quiet) * module, (y + quiet) * module, module, module, QColor(20, 20, 30));
    p.end();
    QImage picture(size, QImage::Format_RGB32);
    picture.fill(QColor(120, 110, 100));
    QPainter out(&picture);
    out.setRenderHint(QPainter::SmoothPixmapTransform);
    out.translate(size.width() / 2.0, size.height() / 2.0);
    out.rotate(degrees);
    out.drawImage(-qr.width() / 2, -qr.height() / 2, qr);
    return picture;
}

QVideoFrame frameOf(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    QVideoFrame f(QVideoFrameFormat(argb.size(), QVideoFrameFormat::Format_BGRA8888));
    if (!f.map(QVideoFrame::WriteOnly)) return {};
    for (int y = 0; y < argb.height(); ++y)
        memcpy(f.bits(0) + y * f.bytesPerLine(0), argb.constScanLine(y), size_t(argb.width()) * 4);
    f.unmap();
    return f;
}

} // namespace

class QrScanTest : public QObject {
    Q_OBJECT
private slots:
    void readsTheServersCode()
    {
        const QByteArray line = "http://192.168.1.10:8080";
        QCOMPARE(QrScanner::decode(photo(line)), QString::fromLatin1(line));
        QCOMPARE(QrScanner::decode(photo(line, 3, 30)), QString::fromLatin1(line)); // small and held askew
        QCOMPARE(QrScanner::decode(photo(line, 10, 180, {1920, 1080})), QString::fromLatin1(line)); // upside down
        // Vietnamese text survives (UTF-8 in the code).
        QCOMPARE(QrScanner::decode(photo(QStringLiteral("Máy chủ xã Đông Hòa").toUtf8())),
                 QStringLiteral("Máy chủ xã Đông Hòa"));
        QImage blank(640, 480, QImage::Format_RGB32);
        blank.fill(Qt::gray);
        QVERIFY(QrScanner::decode(blank).isEmpty());
        QVERIFY(QrScanner::decode(QImage()).isEmpty());
        // What the login page takes from a code: the address only, and nothing from a code that holds none.
        QCOMPARE(Workspace::serverAddressIn(QrScanner::decode(photo("https://khuyenhoc.example.vn:8443/v1/health"))),
                 QStringLiteral("https://khuyenhoc.example.vn:8443"));
        QVERIFY(Workspace::serverAddressIn(QrScanner::decode(photo("WIFI:S:xa;T:WPA;P:12345678;;"))).isEmpty());
    }

    void cameraFramesAreReadOneAtATime()
    {
        QrScanner scanner;
        QVideoSink sink;
        scanner.setVideoSink(&sink);
        QSignalSpy found(&scanner, &QrScanner::found);
        QImage empty(640, 480, QImage::Format_RGB32);
        empty.fill(Qt::darkGray);
        sink.setVideoFrame(frameOf(empty));
        QTRY_COMPARE(scanner.framesDecoded(), 1);
        QCOMPARE(found.count(), 0);
        // A burst of frames while one is being decoded: the rest are dropped, the picture never waits.
        const QVideoFrame code = frameOf(photo("http://10.0.0.7:8080", 6, 10));
        for (int i = 0; i < 20; ++i) sink.setVideoFrame(code);
        QTRY_COMPARE(found.count(), 1);
        QCOMPARE(found.at(0).at(0).toString(), QStringLiteral("http://10.0.0.7:8080"));
        QVERIFY2(scanner.framesDecoded() < 21, "frames that came while one was decoded were dropped");
        // The same code still in view is not reported again.
        const int seen = scanner.framesDecoded();
        sink.setVideoFrame(frameOf(photo("http://10.0.0.7:8080", 6, 10)));
        QTRY_COMPARE(scanner.framesDecoded(), seen + 1);
        QCOMPARE(found.count(), 1);
    }

    // The scan page on the real app: a code that holds no address says so and keeps looking; a server's code
    // closes the page with the address.
    void theScanPageHandsBackTheAddress()
    {
        QTemporaryDir dir;
        test::Phone phone;
        QVERIFY(phone.start(dir.path()));
        const int depth = phone.depth();
        QQuickItem *page = phone.open(QStringLiteral("ScanPage"));
        QVERIFY(page);
        QCOMPARE(phone.depth(), depth + 1);
        QSignalSpy scanned(page, SIGNAL(scanned(QString)));
        auto *scanner = page->findChild<QrScanner *>(QStringLiteral("qrScanner"));
        QVERIFY(scanner);
        // Held in front of the camera: the picture comes frame after frame (a frame that arrives while another is
        // being read is dropped, as the camera's own would be).
        auto holdUntil = [&](const QImage &picture, const std::function<bool()> &done) {
            return QTest::qWaitFor([&] {
                scanner->offer(picture);
                return done();
            });
        };
        QVERIFY(holdUntil(photo("WIFI:S:xa;T:WPA;P:12345678;;"),
                          [&] { return phone.text(QStringLiteral("scanMessage")).contains(QStringLiteral("không")); }));
        QCOMPARE(scanned.count(), 0);
        QVERIFY(holdUntil(photo("khuyenhoc-server: http://192.168.1.10:8080"), [&] { return scanned.count() > 0; }));
        QCOMPARE(scanned.count(), 1);
        QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("http://192.168.1.10:8080"));
        QVERIFY(phone.settle());
        QCOMPARE(phone.depth(), depth);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QrScanTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_app_qr_scan.moc"
