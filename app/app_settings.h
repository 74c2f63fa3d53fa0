// Settings that belong to the phone, not to the officer's data: the UI language (Vietnamese by default,
// English selectable, remembered), and the list of communes for the first-run choice.
#pragma once

#include <QAbstractListModel>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace kh::app {

class AppSettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by main.cpp and passed to the root window")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
public:
    explicit AppSettings(QQmlEngine *engine, QObject *parent = nullptr);
    ~AppSettings() override;

    QString language() const { return m_language; }
    // "vi" or "en". Installs the translation, sets the default locale (dates and numbers) and retranslates.
    void setLanguage(const QString &lang);
    // Applies the remembered language (Vietnamese on first run) before the UI loads.
    void applyStored();
    // Uses a language for this run only, without remembering it (the app's --lang option).
    void useForThisRun(const QString &lang) { apply(lang); }

signals:
    void languageChanged();

private:
    void apply(const QString &lang);
    QPointer<QQmlEngine> m_engine;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator; // Qt's own words (a standard dialog's buttons)
    QString m_language;
};

} // namespace kh::app
