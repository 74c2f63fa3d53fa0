#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace kh::app {

// Reads a QR code from the camera's frames (the server's address, which khuyenhoc-server prints as a QR code):
// the login page's "scan" button. Frames arrive through `videoSink` (a QVideoSink, the VideoOutput's); one frame
// at a time is decoded on another thread (zxing-cpp), the others are dropped, so a slow phone keeps a live
// picture. Built without Qt Multimedia or zxing-cpp, `available` is false and the button is not shown.
class QrScanner : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QObject *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    // This build reads QR codes and the device has a camera.
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(int framesDecoded READ framesDecoded NOTIFY framesDecodedChanged)
public:
    explicit QrScanner(QObject *parent = nullptr);
    ~QrScanner() override;
    QObject *videoSink() const { return m_sink; }
    void setVideoSink(QObject *sink);
    bool available() const;
    int framesDecoded() const { return m_framesDecoded; }
    // The text of the first QR code in the picture; empty when there is none (or no decoder in this build).
    static QString decode(const QImage &image);
    // One picture, as a camera frame would bring it: decoded on another thread unless one is being decoded.
    Q_INVOKABLE void offer(const QImage &image);
signals:
    void videoSinkChanged();
    void availableChanged();
    void framesDecodedChanged();
    // A QR code was read (each different text once in a row).
    void found(const QString &text);

private:
    void decoded();
    QPointer<QObject> m_sink;
    QFutureWatcher<QString> m_watcher;
    QString m_last;
    bool m_busy = false; // a frame is being decoded
    int m_framesDecoded = 0;
};

} // namespace kh::app
