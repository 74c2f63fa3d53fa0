#include "qr_scanner.h"

#include <QtConcurrent/QtConcurrentRun>

#ifdef KH_HAVE_QR_SCAN
#define ZX_USE_UTF8
#include <QCameraDevice>
#include <QMediaDevices>
#include <QVideoFrame>
#include <QVideoSink>
#include <ZXing/ReadBarcode.h>
#endif

namespace kh::app {

QrScanner::QrScanner(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &QrScanner::decoded);
#ifdef KH_HAVE_QR_SCAN
    auto *devices = new QMediaDevices(this);
    connect(devices, &QMediaDevices::videoInputsChanged, this, &QrScanner::availableChanged);
#endif
}

QrScanner::~QrScanner()
{
    m_watcher.waitForFinished(); // a frame being decoded holds nothing of ours, but ends before we do
}

bool QrScanner::available() const
{
#ifdef KH_HAVE_QR_SCAN
    return !QMediaDevices::videoInputs().isEmpty();
#else
    return false;
#endif
}

void QrScanner::setVideoSink(QObject *sink)
{
    if (sink == m_sink) return;
    if (m_sink) disconnect(m_sink, nullptr, this, nullptr);
    m_sink = sink;
#ifdef KH_HAVE_QR_SCAN
    if (auto *s = qobject_cast<QVideoSink *>(sink))
        connect(s, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
            if (!m_busy && frame.isValid()) offer(frame.toImage());
        });
#endif
    emit videoSinkChanged();
}

void QrScanner::offer(const QImage &image)
{
    // Busy until the last frame's result has been taken (not merely computed): a new future set before that
    // would have the old one's `finished` read the new one's result, waiting for it on this thread.
    if (m_busy || image.isNull()) return;
    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run([image] { return decode(image); }));
}

void QrScanner::decoded()
{
    const QString text = m_watcher.result(); // first: a handler of the signals below may offer the next frame
    m_busy = false;
    ++m_framesDecoded;
    emit framesDecodedChanged();
    if (text.isEmpty() || text == m_last) return;
    m_last = text;
    emit found(text);
}

QString QrScanner::decode(const QImage &image)
{
#ifdef KH_HAVE_QR_SCAN
    if (image.isNull()) return {};
    // Grey is all a QR code needs; a camera's large frame is scaled down first (the code fills much of it
    // when someone aims at it), which keeps a decode under a few tens of milliseconds on a slow phone.
    QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    if (std::max(grey.width(), grey.height()) > 1280) grey = grey.scaled(1280, 1280, Qt::KeepAspectRatio);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    const ZXing::Result r = ZXing::ReadBarcode(view, hints);
    return r.isValid() ? QString::fromStdString(r.text()) : QString();
#else
    Q_UNUSED(image);
    return {};
#endif
}

} // namespace kh::app
