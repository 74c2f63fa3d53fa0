#pragma once

#include <QAbstractListModel>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace kh::app {

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
