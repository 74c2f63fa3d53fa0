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
    QString m_language;
};

// The communes of the national list, filtered as the officer types (diacritics ignored).
// Roles: code, name ("Xã Phú Lộc"), province.
class CommuneSearchModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY queryChanged)
public:
    explicit CommuneSearchModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_hits.size()); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    QString query() const { return m_query; }
    void setQuery(const QString &q);
    int count() const { return int(m_hits.size()); }
    Q_INVOKABLE QString nameOf(const QString &code) const;
signals:
    void queryChanged();
private:
    QString m_query;
    std::vector<int> m_hits; // indexes into AdminUnits::builtin().communes(), at most 50
    std::vector<std::string> m_folded;
};

} // namespace kh::app
